"""A document's chain of texts as plain lines, shared by `ctd lineage` and Telegram's `/vanban <văn bản>`."""

from retrieval.answer.lineage import Lineage


def lineage_lines(lineage: Lineage) -> list[str]:
    """The chain as text: ancestors above the document, descendants below, nearest first."""
    def name(item) -> str:
        where = "" if item.in_corpus else " (không có trong kho)"
        return f"{item.number or item.document_id} — {item.title}{where}"

    lines = [f"▶ {name(lineage.document)}"]
    if lineage.ancestors:
        lines.append("Thực hiện / căn cứ:")
        lines += [f"{'  ' * a.depth}↑ [{a.relation}] {name(a)}" for a in lineage.ancestors]
    if lineage.descendants:
        lines.append("Được thực hiện bởi:")
        lines += [f"{'  ' * d.depth}↓ [{d.relation}] {name(d)}" for d in lineage.descendants]
    return lines
