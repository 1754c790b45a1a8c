'use strict';
// A real SMTP server for PcnFlow's tests. It accepts every message (no auth, no TLS) and appends each one
// as a single JSON line to a file, so a test can assert on what actually arrived over the wire.
//
//   node server.js [port] [messages.jsonl]
//   SMTP_PORT=0 SMTP_OUT=/tmp/messages.jsonl node server.js
//
// Port 0 picks a free port. The port actually bound is printed as the first line on stdout.
//
// SMTP_HEADERS_ONLY=1 records only the envelope and the Message-ID and X-PcnFlow-Key headers, without parsing
// bodies: the load benchmark sends thousands of messages a second, and mailparser's full parse (HTML to text and
// all) would make this server, not PcnFlow, what it measures. A relay in production queues the raw bytes too.

const fs = require('fs');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const port = Number(process.argv[2] ?? process.env.SMTP_PORT ?? 0);
const out = process.argv[3] ?? process.env.SMTP_OUT;
if (!out || !Number.isInteger(port) || port < 0) {
  console.error('usage: node server.js <port|0> <messages.jsonl>');
  process.exit(2);
}

function toRecord(parsed, envelope) {
  return {
    messageId: parsed.messageId ?? null,
    from: envelope.mailFrom ? envelope.mailFrom.address : null,
    to: envelope.rcptTo.map((r) => r.address),
    subject: parsed.subject ?? null,
    text: parsed.text ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    attachments: (parsed.attachments ?? []).map((a) => {
      const isText = (a.contentType ?? '').startsWith('text/');
      return {
        filename: a.filename ?? null,
        contentType: a.contentType ?? null,
        encoding: isText ? 'text' : 'base64',
        content: isText ? a.content.toString('utf8') : a.content.toString('base64'),
      };
    }),
    headers: { 'x-pcnflow-key': parsed.headers.get('x-pcnflow-key') ?? null },
    receivedAt: new Date().toISOString(),
  };
}

const headersOnly = process.env.SMTP_HEADERS_ONLY === '1';
const delayMs = Number(process.env.SMTP_DELAY_MS ?? 0);

// Records one message and acknowledges it, after the configured delay.
function accept(record, callback) {
  const write = () => {
    record.receivedAt = new Date().toISOString();
    // One write per message, so a reader polling the file sees whole lines.
    fs.appendFileSync(out, JSON.stringify(record) + '\n');
    callback();
  };
  if (delayMs > 0) setTimeout(write, delayMs);
  else write();
}

// The header block of a raw message, unfolded, as name (lower case) → value.
function rawHeaders(raw) {
  const end = raw.indexOf('\r\n\r\n');
  const block = (end < 0 ? raw : raw.slice(0, end)).replace(/\r\n[ \t]+/g, ' ');
  const headers = new Map();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function onDataHeadersOnly(stream, session, callback) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  stream.on('error', callback);
  stream.on('end', () => {
    const headers = rawHeaders(Buffer.concat(chunks).toString('latin1'));
    const record = {
      messageId: headers.get('message-id') ?? null,
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
      to: session.envelope.rcptTo.map((r) => r.address),
      subject: null,
      headers: { 'x-pcnflow-key': headers.get('x-pcnflow-key') ?? null },
      receivedAt: new Date().toISOString(),
    };
    accept(record, callback);
  });
}

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    if (headersOnly) return onDataHeadersOnly(stream, session, callback);
    simpleParser(stream)
      .then((parsed) => accept(toRecord(parsed, session.envelope), callback))
      .catch((error) => callback(error));
  },
});

server.on('error', (error) => console.error('smtp-server:', error.message));

server.listen(port, '127.0.0.1', () => {
  process.stdout.write(server.server.address().port + '\n');
});

function stop() {
  server.close(() => process.exit(0));
  // Open client connections would keep close() waiting; the test wants the port back now.
  setTimeout(() => process.exit(0), 500).unref();
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
