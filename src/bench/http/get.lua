-- wrk script: GET with a bearer token. Env: TOKEN.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
