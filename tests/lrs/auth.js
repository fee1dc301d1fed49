// auth.js — a loopback stand-in for Learning Locker's client lookup, which the
// statements service asks (AUTH_REPO=fetch, LL_CLIENT_INFO_ENDPOINT) for every request:
// the right key and secret ($LRS_KEY, $LRS_SECRET, as HTTP Basic) get a client with
// every scope; anything else gets 404, which the service answers with 401 Unauthorised.
'use strict';
const http = require('http');
const want = 'Basic ' + Buffer.from(`${process.env.LRS_KEY}:${process.env.LRS_SECRET}`).toString('base64');
const client = {
  _id: '58fe13e34effd3c26a7fc4b7',
  title: 'kiosk test client',
  isTrusted: true,
  authority: { objectType: 'Agent', mbox: 'mailto:kiosk-test@example.org' },
  lrs_id: '58fe13e34effd3c26a7fc4b7',
  organisation: '58fe13e34effd3c26a7fc4b6',
  scopes: ['all'],
};
http
  .createServer((req, res) => {
    if (req.headers.authorization !== want) {
      res.writeHead(404, { 'Content-Type': 'application/json' });
      return res.end('{}');
    }
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(client));
  })
  .listen(Number(process.env.AUTH_PORT), '127.0.0.1');
