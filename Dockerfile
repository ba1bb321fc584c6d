# The vendorkit mocks as a container: any vendor's stateful mock (`make image`, README "Testing your
# integration"). Build stage: the vendorkit-mocks wheel from the repository (generator/mockpkg.py);
# runtime stage: that wheel alone, which depends only on what serving needs.
#
#   docker build -t vendorkit-mocks .                      # VENDOR defaults to jumpstory
#   docker build -t vendorkit-mocks:printiki --build-arg VENDOR=printiki .
#   docker run --rm -p 8000:8000 vendorkit-mocks                       # the build's VENDOR
#   docker run --rm -p 8000:8000 -e VENDOR=storyly vendorkit-mocks     # any vendor at run time
#   docker run --rm -p 8000:8000 -v "$PWD/state:/state" vendorkit-mocks \
#       vendorkit-mock mediagraph --host 0.0.0.0 --port 8000 --seed 7 --state /state/mediagraph.sqlite
FROM python:3.11-slim AS build
WORKDIR /src
COPY generator/ generator/
COPY packages/ packages/
COPY generated/ generated/
RUN python -m generator.mockpkg --out /dist

FROM python:3.11-slim
COPY --from=build /dist/ /dist/
RUN pip install --no-cache-dir --disable-pip-version-check /dist/vendorkit_mocks-*.whl && rm -rf /dist
ARG VENDOR=jumpstory
ENV VENDOR=${VENDOR} PORT=8000
EXPOSE 8000
USER nobody
HEALTHCHECK --interval=10s --timeout=3s CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/__vendorkit/health' % os.environ['PORT'])"
CMD ["sh", "-c", "exec vendorkit-mock \"$VENDOR\" --host 0.0.0.0 --port \"$PORT\""]
