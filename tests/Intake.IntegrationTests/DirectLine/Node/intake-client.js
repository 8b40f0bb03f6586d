// Completes the intake with the real Direct Line client, botframework-directlinejs, against the embedded Direct Line.
//   node intake-client.js <baseUrl> <websocket|polling>
// Checks as it goes (exit 1 with a reason on the first failure): every user message comes back as its echo with the
// id the POST answered and its clientActivityID; no activity arrives twice or out of order, across a reconnect from
// the last watermark; a refreshed token carries on the same conversation. Prints a JSON summary on success.
'use strict';
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');
const { Observable } = require('rxjs/Observable');
global.WebSocket = require('ws');

const [baseUrl, transport] = process.argv.slice(2);
const answers = ['yes', 'none of these', "I'm 45", 'my calves and lower back', 'about 20 min', 'since last week', 'yes they are',
  'really bad', 'tight muscles and stiff knees', "when I'm hot and tired", 'trouble with daily tasks', 'foot cramps', 'none of these', 'yes'];
const reconnectAfter = 5;
const refreshAfter = 8;

function fail(reason) {
  console.error(`FAIL (${transport}): ${reason}`);
  process.exit(1);
}

// rxjs's ajax needs XMLHttpRequest, which Node lacks: the same requests through fetch (DirectLineJS' own services hook).
function ajax(request) {
  return Observable.create((observer) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), request.timeout || 20000);
    const body = request.body === undefined || typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    fetch(request.url, { method: request.method || 'GET', headers: request.headers, body, signal: controller.signal })
      .then(async (res) => {
        const text = await res.text();
        const xhr = { getResponseHeader: (name) => res.headers.get(name) };
        const answer = { status: res.status, response: text ? JSON.parse(text) : null, xhr };
        if (res.status >= 400) {
          observer.error(answer);
        } else {
          observer.next(answer);
          observer.complete();
        }
      }, (error) => observer.error({ status: 0, xhr: { getResponseHeader: () => null }, message: String(error) }))
      .finally(() => clearTimeout(timer));
    return () => controller.abort();
  });
}

function connect(options) {
  return new DirectLine({ domain: `${baseUrl}/v3/directline`, webSocket: transport === 'websocket', pollingInterval: 200, timeout: 10000, ajax, WebSocket: global.WebSocket, ...options });
}

const seen = new Map();
let lastSequence = 0;
let waiters = [];

function onActivity(activity) {
  if (seen.has(activity.id)) fail(`activity ${activity.id} arrived twice`);
  const sequence = activity.channelData && activity.channelData['webchat:sequence-id'];
  if (!(sequence > lastSequence)) fail(`activity ${activity.id} (sequence ${sequence}) arrived after ${lastSequence}`);
  lastSequence = sequence;
  seen.set(activity.id, activity);
  waiters = waiters.filter((w) => !w(activity));
}

function waitFor(test, what) {
  for (const activity of seen.values()) if (test(activity) && !activity.__used) { activity.__used = true; return Promise.resolve(activity); }
  return new Promise((resolve) => {
    const timer = setTimeout(() => fail(`timed out waiting for ${what}`), 15000);
    waiters.push((activity) => {
      if (!test(activity)) return false;
      clearTimeout(timer);
      activity.__used = true;
      resolve(activity);
      return true;
    });
  });
}

const fromBot = (a) => a.from && a.from.role === 'bot' && a.channelData && a.channelData.intake;

async function main() {
  const page = await (await fetch(`${baseUrl}/api/directline/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"locale":"en-US"}' })).json();
  let directLine = connect({ token: page.token, conversationStartProperties: { locale: 'en-US' } });
  let subscription = directLine.activity$.subscribe(onActivity, (e) => fail(`activity$ failed: ${e && e.message}`));
  const summary = { transport, echoes: 0, reconnectedAt: null, refreshed: false, careLevel: null, activities: 0 };

  for (let i = 0; i < answers.length; i++) {
    const question = await waitFor(fromBot, `the question before answer ${i + 1}`);
    if (i === reconnectAfter) {
      // A dropped connection: a new client resumes the conversation from the last watermark it saw.
      const { watermark, conversationId, token } = directLine;
      subscription.unsubscribe();
      directLine.end();
      await new Promise((r) => setTimeout(r, 300));
      directLine = connect({ token, conversationId, watermark });
      subscription = directLine.activity$.subscribe(onActivity, (e) => fail(`activity$ failed after reconnect: ${e && e.message}`));
      summary.reconnectedAt = Number(watermark);
    }

    if (i === refreshAfter) {
      // The refreshed token carries the rest of the intake (within the same second it may equal the old one: exp is in seconds).
      const refreshed = await new Promise((resolve, reject) => directLine.refreshToken().subscribe(resolve, reject));
      if (!refreshed) fail('tokens/refresh gave no token');
      directLine.token = refreshed;
      summary.refreshed = true;
    }

    const clientActivityID = `client-${transport}-${i}`;
    const id = await new Promise((resolve, reject) => directLine.postActivity({ type: 'message', from: { id: 'patient', role: 'user' }, text: answers[i], locale: 'en-US', channelData: { clientActivityID } }).subscribe(resolve, reject));
    if (!id || id === 'retry') fail(`posting answer ${i + 1} after step ${question.channelData.intake.step} gave id ${id}`);
    const echo = await waitFor((a) => a.channelData && a.channelData.clientActivityID === clientActivityID, `the echo of answer ${i + 1}`);
    if (echo.id !== id) fail(`echo id ${echo.id} is not the posted id ${id}`);
    summary.echoes++;
  }

  const result = await waitFor((a) => fromBot(a) && a.channelData.intake.careLevel, 'the result');
  summary.careLevel = result.channelData.intake.careLevel;
  summary.activities = seen.size;
  if (directLine.connectionStatus$.value !== ConnectionStatus.Online) fail(`connection status is ${directLine.connectionStatus$.value} at the end`);
  subscription.unsubscribe();
  directLine.end();
  console.log(JSON.stringify(summary));
  process.exit(0);
}

main().catch((e) => fail(e && (e.message || e.status || JSON.stringify(e))));
