"""A small directive written on the spot, for tests that add a document and look for it in answers.

Its number is its own (`<n>/KH-UBND`), so "Kế hoạch số <n> do ai ký?" is answered from it alone, by
metadata, whatever the embedder.
"""

from pathlib import Path

TEMPLATE = """---
title: Kế hoạch thử nghiệm số {n} về sơ cấp cứu trong trường học
type: Kế hoạch
number: {n}/KH-UBND
issuer: Ủy ban nhân dân tỉnh Thử Nghiệm
date: '2024-05-06'
place: Thử Nghiệm
signer: {signer}
---

ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM

Số: {n}/KH-UBND

Thử Nghiệm, ngày 6 tháng 5 năm 2024

KẾ HOẠCH

Thực hiện công tác sơ cấp cứu trong trường học năm 2024

I. MỤC ĐÍCH, YÊU CẦU

1. Nâng cao kỹ năng sơ cấp cứu ban đầu cho giáo viên và học sinh.

2. Huy động các ngành cùng tham gia tập huấn sơ cấp cứu.

II. TỔ CHỨC THỰC HIỆN

1. Sở Giáo dục và Đào tạo

- Tổ chức tập huấn sơ cấp cứu cho giáo viên các trường trong tỉnh, mã thử nghiệm {n}.

- Phối hợp với Hội Chữ thập đỏ tỉnh biên soạn tài liệu sơ cấp cứu.
"""


def signer_of(n: int) -> str:
    return f"Người Ký Số {n}"


def write_document(folder: Path, n: int) -> Path:
    """Write `kh-{n}-thunghiem.md` into `folder`; its document id is the file's stem."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"kh-{n}-thunghiem.md"
    path.write_text(TEMPLATE.format(n=n, signer=signer_of(n)), encoding="utf-8")
    return path


def question_about(n: int) -> str:
    return f"Kế hoạch số {n}/KH-UBND do ai ký?"


def document_id(n: int) -> str:
    return f"kh-{n}-thunghiem"
