-- wrk: a small non-streaming chat completion, as an IDE plugin sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Hi"}]}'
