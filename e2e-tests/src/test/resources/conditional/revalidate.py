# Revalidates cached copies with Python's standard http.client, all on one keep-alive connection: a 304 framed
# wrongly (a chunked encoding or a length with no body) breaks the read of the answer after it.
# stdin: one "<path> <etag>" per line; stdout: one "<status> <path>" per line.
import http.client
import sys
import urllib.parse

gateway = urllib.parse.urlsplit(sys.argv[1])
connection = http.client.HTTPConnection(gateway.hostname, gateway.port, timeout=10)
for line in sys.stdin:
    path, etag = line.rstrip("\n").split(" ", 1)
    connection.request("GET", path, headers={"If-None-Match": etag})
    answer = connection.getresponse()
    body = answer.read()
    print(answer.status, path, len(body), flush=True)
connection.close()
