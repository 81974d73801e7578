"""`GET /documents`, `/documents/{id}` and `/clauses/{id}`: what a click on a citation opens."""

LAI_CHAU = "kh-ubnd-laichau-2023"


def _first_education_clause(client) -> dict:
    answer = client.post("/ask", json={"question": "Sở Giáo dục phải làm gì?"}).json()
    return answer["citations"][0]


def test_lists_documents_with_metadata_and_clause_counts(client):
    response = client.get("/documents")

    assert response.status_code == 200
    documents = {document["id"]: document for document in response.json()}
    assert LAI_CHAU in documents
    assert "Lai Châu" in documents[LAI_CHAU]["issuer"]
    assert documents[LAI_CHAU]["clauses"] > 0


def test_reads_a_document_with_its_clauses_in_order(client):
    response = client.get(f"/documents/{LAI_CHAU}")

    assert response.status_code == 200
    detail = response.json()
    assert detail["document"]["id"] == LAI_CHAU
    clauses = detail["clauses"]
    assert clauses and all(clause["document_id"] == LAI_CHAU for clause in clauses)
    assert [clause["start"] for clause in clauses] == sorted(clause["start"] for clause in clauses)
    assert {"id", "label", "path", "headings", "actors", "text"} <= set(clauses[0])


def test_reads_a_cited_clause_with_document_and_neighbours(client):
    citation = _first_education_clause(client)

    response = client.get(f"/clauses/{citation['clause_id']}")

    assert response.status_code == 200
    clause = response.json()
    assert ":" in clause["id"] and "." in clause["id"]
    assert clause["id"] == citation["clause_id"]
    assert clause["text"] == citation["text"]
    assert clause["label"] == citation["label"]
    assert clause["document"]["id"] == LAI_CHAU
    assert any("Giáo dục" in heading for heading in clause["headings"])
    neighbours = [link for link in (clause["previous"], clause["next"]) if link]
    assert neighbours and all(set(link) == {"id", "label"} for link in neighbours)


def test_neighbour_links_point_back(client):
    clause = client.get(f"/clauses/{_first_education_clause(client)['clause_id']}").json()
    following = client.get(f"/clauses/{clause['next']['id']}").json()

    assert following["previous"]["id"] == clause["id"]


def test_reads_the_header_block(client):
    response = client.get(f"/clauses/{LAI_CHAU}:header")

    assert response.status_code == 200
    assert response.json()["kind"] == "header"


def test_unknown_document_and_clause_are_404(client):
    document = client.get("/documents/khong-co-van-ban-nay")
    clause = client.get(f"/clauses/{LAI_CHAU}:ix.99")

    assert document.status_code == clause.status_code == 404
    assert document.json() == {"error": {"code": "document_not_found", "message": "Không tìm thấy văn bản này."}}
    assert clause.json() == {"error": {"code": "clause_not_found", "message": "Không tìm thấy điều khoản này."}}


def test_unknown_route_and_wrong_method_keep_the_error_shape(client):
    missing = client.get("/khong-co")
    wrong_method = client.delete("/documents")

    assert missing.status_code == 404
    assert missing.json() == {"error": {"code": "not_found", "message": "Không tìm thấy địa chỉ này."}}
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["code"] == "method_not_allowed"
