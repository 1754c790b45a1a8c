'use strict';
// A real SMTP server for PcnFlow's tests. It accepts every message (no auth, no TLS) and appends each one
// as a single JSON line to a file, so a test can assert on what actually arrived over the wire.
//
//   node server.js [port] [messages.jsonl]
//   SMTP_PORT=0 SMTP_OUT=/tmp/messages.jsonl node server.js
//
// Port 0 picks a free port. The port actually bound is printed as the first line on stdout.

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

const server = new SMTPServer({
  secure: false,
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream)
      .then((parsed) => {
        // One write per message, so a reader polling the file sees whole lines.
        fs.appendFileSync(out, JSON.stringify(toRecord(parsed, session.envelope)) + '\n');
        callback();
      })
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
