import { KENYAN_NETWORKS, screenLimitFor, type ScreenLimits } from '../domain/screen-limits.js';

export interface SimulatorPageOptions {
  /** The code the phone dials, sent as `serviceCode` with every hop. */
  serviceCode: string;
  /** Where this server's SMS go, shown where the inbox would be when there is no built-in gateway to read it from. */
  noInboxNote?: string | undefined;
  /** The server's screen budgets by network code: the counter under the screen counts out of the picked network's. */
  screenLimits: ScreenLimits;
  /** M-Pesa pushes go to the local Daraja stand-in: the phone shows their prompts, for a PIN or Cancel. */
  mpesaPrompts?: boolean | undefined;
}

/** Node without the built-in gateway has an Africa's Talking account (or AT_SMS_URL) to send through. */
const NODE_NO_INBOX_NOTE = "SMS inbox: only with the built-in gateway (this server sends SMS through Africa's Talking).";

/** The demo phones of the README's demo data. */
const DEMO_PHONES = [
  { phone: '+254711000111', label: 'demo, English' },
  { phone: '+254722000222', label: 'demo, Kiswahili' },
];
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'];

/**
 * The simulator: one self-contained HTML page (inline styles and script, nothing fetched from
 * elsewhere) with a phone that posts hops to /simulator/ussd as Africa's Talking posts them to /ussd, the session's
 * stored state and the phone's SMS inbox from the built-in gateway.
 */
export function simulatorPage(options: SimulatorPageOptions): string {
  const networks = Object.entries(KENYAN_NETWORKS).map(([code, name]) => ({ code, name, limit: screenLimitFor(options.screenLimits, code) }));
  const config = {
    serviceCode: options.serviceCode,
    ussdUrl: '/simulator/ussd',
    stateUrl: '/simulator/state',
    inboxUrl: '/__at/inbox',
    promptsUrl: options.mpesaPrompts ? '/__daraja/prompts' : null,
    noInboxNote: options.noInboxNote ?? NODE_NO_INBOX_NOTE,
    networks: Object.fromEntries(networks.map((network) => [network.code, network.name])),
    screenLimits: Object.fromEntries(networks.map((network) => [network.code, network.limit])),
  };
  // `<` escaped so that nothing in the configuration can close the script element.
  const configJson = JSON.stringify(config).replace(/</g, '\\u003c');
  const phoneOptions = DEMO_PHONES.map(({ phone, label }) => `<option value="${phone}">${phone} (${label})</option>`).join('');
  const networkOptions = networks.map(({ code, name, limit }) => `<option value="${code}">${name} ${code}: ${limit} chars</option>`).join('');
  const keys = KEYS.map((key) => `<button type="button" class="key" data-key="${key}" aria-label="Key ${key}" disabled>${key}</button>`).join('');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>e-Citizen USSD simulator</title>
<style>${STYLE}</style>
</head>
<body>
<header class="intro">
  <h1>e-Citizen USSD simulator</h1>
  <p>A phone that dials <code id="code-intro">*2222#</code>: every hop is posted the way Africa's Talking posts it to <code>/ussd</code>. For development only.</p>
</header>
<main class="layout">
  <div class="phone-column">
    <section class="setup" aria-labelledby="setup-title">
      <h2 id="setup-title">Phone and network</h2>
      <label for="phone-choice">Phone number</label>
      <select id="phone-choice">${phoneOptions}<option value="other">Another number...</option></select>
      <div id="phone-other-row" class="other" hidden>
        <label for="phone-other">Other phone number</label>
        <input id="phone-other" type="tel" autocomplete="off" placeholder="+2547XXXXXXXX">
      </div>
      <label for="network">Network</label>
      <select id="network">${networkOptions}</select>
    </section>

    <section class="device" aria-label="Simulated phone">
      <div class="speaker" aria-hidden="true"></div>
      <div class="display">
        <div class="statusbar"><span id="carrier">Safaricom</span><span id="sim-number"></span></div>
        <div id="screen" class="screen" aria-live="polite" aria-atomic="true">
          <span id="reply-kind" class="tag idle">READY</span>
          <pre id="screen-text">Press Dial to call *2222#.</pre>
          <p id="ended-note" class="ended" hidden>Session ended</p>
        </div>
        <form id="mpesa" class="mpesa" role="dialog" aria-labelledby="mpesa-title" autocomplete="off" hidden>
          <p id="mpesa-title" class="mpesa-title">M-PESA</p>
          <p id="mpesa-text"></p>
          <label for="mpesa-pin">Enter M-PESA PIN</label>
          <input id="mpesa-pin" type="password" inputmode="numeric" maxlength="4" pattern="[0-9]{4}">
          <div class="mpesa-actions">
            <button type="submit" id="mpesa-ok">OK</button>
            <button type="button" id="mpesa-cancel">Cancel</button>
          </div>
        </form>
        <p id="screen-length" class="length">0 / ${networks[0]!.limit} characters</p>
      </div>
      <form id="reply-form" class="reply" autocomplete="off">
        <label for="reply">Reply</label>
        <input id="reply" name="reply" maxlength="160" disabled>
        <button type="submit" id="send" class="send" disabled>Send</button>
      </form>
      <div class="calls">
        <button type="button" id="dial" class="call">Dial</button>
        <button type="button" id="hangup" class="hangup" disabled>Hang up</button>
      </div>
      <div class="keypad" role="group" aria-label="Keypad">${keys}</div>
    </section>
  </div>

  <div class="panels">
    <section class="panel" aria-labelledby="state-title">
      <h2 id="state-title">Session state</h2>
      <p id="state-note" class="muted">No session yet: press Dial.</p>
      <dl class="state">
        <dt>Session</dt><dd id="state-session">-</dd>
        <dt>Text sent</dt><dd id="state-text">-</dd>
        <dt>Node</dt><dd id="state-node">-</dd>
        <dt>Page</dt><dd id="state-page">-</dd>
        <dt>Language</dt><dd id="state-language">-</dd>
        <dt>Screen budget</dt><dd id="state-budget">-</dd>
        <dt>History depth</dt><dd id="state-history">-</dd>
        <dt>Hops</dt><dd id="state-hops">-</dd>
      </dl>
      <h3>Variables</h3>
      <table class="vars">
        <thead><tr><th scope="col">Name</th><th scope="col">Value</th></tr></thead>
        <tbody id="state-vars"><tr><td colspan="2" class="muted">none</td></tr></tbody>
      </table>
    </section>

    <section class="panel" aria-labelledby="inbox-title">
      <h2 id="inbox-title">SMS inbox <span id="inbox-count" class="count"></span></h2>
      <p id="inbox-note" class="muted">Messages sent to this phone appear here.</p>
      <ol id="inbox" class="inbox" aria-live="polite"></ol>
    </section>
  </div>
</main>
<script>
const CONFIG = ${configJson};
${SCRIPT}
</script>
</body>
</html>
`;
}

const STYLE = `
:root { --ink: #1d2430; --muted: #566170; --bg: #e9edf1; --card: #fff; --focus: #ffbf47;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); }
code, pre { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, monospace; }
.intro { max-width: 1120px; margin: 0 auto; padding: 18px 24px 0; }
.intro h1 { font-size: 1.45rem; margin: 0 0 4px; }
.intro p { margin: 0; color: var(--muted); }
.layout { max-width: 1120px; margin: 0 auto; padding: 16px 24px 32px; display: grid; grid-template-columns: 340px 1fr; gap: 24px; align-items: start; }
@media (max-width: 780px) { .layout { grid-template-columns: 1fr; } }
h2 { font-size: 1.05rem; margin: 0 0 10px; }
h3 { font-size: .95rem; margin: 14px 0 6px; }
.muted { color: var(--muted); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
button { font: inherit; cursor: pointer; }
button:disabled { cursor: not-allowed; opacity: .45; }

.setup { background: var(--card); border-radius: 12px; padding: 12px 14px 14px; margin-bottom: 18px; display: grid; gap: 4px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.setup h2 { margin-bottom: 4px; }
.setup label { font-size: .85rem; font-weight: 600; margin-top: 6px; }
.setup select, .setup input { font: inherit; padding: 6px 8px; border: 1px solid #98a2ae; border-radius: 6px; background: #fff; width: 100%; }
.other { display: grid; gap: 4px; }
.other[hidden] { display: none; }

.device { width: 300px; margin: 0 auto; padding: 22px 18px 24px; border-radius: 42px; color: #e8ecef;
  background: linear-gradient(180deg, #2d333c, #15181d); box-shadow: 0 14px 34px rgba(0,0,0,.35), inset 0 0 0 2px #3b424c; }
.speaker { width: 64px; height: 6px; margin: 0 auto 14px; border-radius: 3px; background: #08090b; }
.display { background: #09120c; border: 3px solid #030604; border-radius: 10px; padding: 8px 10px 6px; }
.statusbar { display: flex; justify-content: space-between; gap: 8px; padding-bottom: 4px; border-bottom: 1px solid #1e3527;
  font: 11px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: #86b394; }
.screen { min-height: 264px; padding-top: 6px; color: #bff7cf; font: 14px/1.35 ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; }
.screen pre { margin: 6px 0 0; font: inherit; white-space: pre-wrap; overflow-wrap: anywhere; }
.tag { display: inline-block; padding: 1px 6px; border-radius: 4px; font-size: 10px; font-weight: 700; letter-spacing: .06em; background: #1f6040; color: #e4fff0; }
.tag.end { background: #8c2f2f; color: #ffe6e6; }
.tag.error { background: #8a5a00; color: #fff3dc; }
.tag.idle { background: #33403a; color: #cfe0d6; }
.ended { margin: 10px 0 0; color: #ffb4ab; font-weight: 700; }
.mpesa { background: #f4fbf6; color: #111; border: 2px solid #1e8a4c; border-radius: 8px; padding: 10px; margin-top: 8px; display: grid; gap: 6px; }
.mpesa-title { margin: 0; font-weight: 700; color: #1e8a4c; }
.mpesa p { margin: 0; }
.mpesa-actions { display: flex; gap: 8px; }
.mpesa[hidden] { display: none; }
.length { margin: 4px 0 0; text-align: right; color: #86b394; font: 11px ui-monospace, "DejaVu Sans Mono", monospace; }
.length.over { color: #ff8a80; font-weight: 700; }

.reply { display: grid; grid-template-columns: 1fr auto; gap: 6px 8px; margin-top: 14px; }
.reply label { grid-column: 1 / -1; font-size: 12px; color: #b7c0ca; }
.reply input { min-width: 0; padding: 8px 10px; border: 1px solid #4a5461; border-radius: 8px; background: #0e1216; color: #fff; font: 16px ui-monospace, "DejaVu Sans Mono", monospace; }
.send { padding: 0 16px; border: none; border-radius: 8px; background: #2f6fb3; color: #fff; font-weight: 600; }
.calls { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 12px; }
.call, .hangup { padding: 9px 0; border: none; border-radius: 20px; color: #fff; font-weight: 700; }
.call { background: #1e8a4c; }
.hangup { background: #b53a3a; }
.keypad { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin-top: 14px; }
.key { height: 42px; border: none; border-radius: 16px; background: #3b424c; color: #fff; font-size: 19px; font-weight: 600; }
.key:not(:disabled):hover, .key:not(:disabled):active { background: #4d5663; }

.panels { display: grid; gap: 18px; }
.panel { background: var(--card); border-radius: 12px; padding: 14px 18px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.panel p { margin: 0 0 8px; }
.state { display: grid; grid-template-columns: max-content 1fr; gap: 4px 14px; margin: 0; }
.state dt { font-weight: 600; color: var(--muted); }
.state dd { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.vars { border-collapse: collapse; width: 100%; font-size: .9rem; }
.vars th, .vars td { text-align: left; padding: 3px 8px 3px 0; border-bottom: 1px solid #e3e7eb; vertical-align: top; }
.vars td { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
.count { font-weight: 400; color: var(--muted); font-size: .9rem; }
.inbox { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; max-height: 420px; overflow-y: auto; }
.inbox li { background: #eef6f0; border-left: 4px solid #1e8a4c; border-radius: 8px; padding: 8px 10px; }
.inbox .meta { font-size: .8rem; color: var(--muted); margin-bottom: 2px; }
.inbox .body { white-space: pre-wrap; overflow-wrap: anywhere; }
`;

/** The page's behaviour. Plain JavaScript: no template literals, so nothing here is interpolated. */
const SCRIPT = String.raw`
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var el = {
    phoneChoice: $('phone-choice'), otherRow: $('phone-other-row'), phoneOther: $('phone-other'), network: $('network'),
    carrier: $('carrier'), simNumber: $('sim-number'), kind: $('reply-kind'), screenText: $('screen-text'),
    endedNote: $('ended-note'), length: $('screen-length'), form: $('reply-form'), reply: $('reply'), send: $('send'),
    dial: $('dial'), hangup: $('hangup'), keys: Array.prototype.slice.call(document.querySelectorAll('.key')),
    stateNote: $('state-note'), stateSession: $('state-session'), stateText: $('state-text'), stateNode: $('state-node'),
    statePage: $('state-page'), stateLanguage: $('state-language'), stateBudget: $('state-budget'), stateHistory: $('state-history'), stateHops: $('state-hops'),
    stateVars: $('state-vars'), inbox: $('inbox'), inboxNote: $('inbox-note'), inboxCount: $('inbox-count'),
    mpesa: $('mpesa'), mpesaText: $('mpesa-text'), mpesaPin: $('mpesa-pin'), mpesaCancel: $('mpesa-cancel')
  };

  /** GSM-7 length as the server counts a screen: extended characters take two septets. */
  var EXTENDED = '^{}\\[~]|\u20ac\f';
  function gsm7Length(text) {
    var length = 0;
    for (var ch of text) length += EXTENDED.indexOf(ch) >= 0 ? 2 : 1;
    return length;
  }

  var session = null;
  var busy = false;
  var inboxAvailable = true;
  var inboxLoading = false;
  var inboxShown = '';

  function phoneNumber() {
    return el.phoneChoice.value === 'other' ? el.phoneOther.value.trim() : el.phoneChoice.value;
  }

  function newSessionId() {
    var bytes = new Uint8Array(8);
    crypto.getRandomValues(bytes);
    return 'sim-' + Array.prototype.map.call(bytes, function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function active() { return session !== null && !session.ended; }

  function updateControls() {
    var live = active() && !busy;
    el.reply.disabled = !live;
    el.send.disabled = !live;
    el.keys.forEach(function (key) { key.disabled = !live; });
    el.hangup.disabled = !active() || busy;
    el.dial.disabled = busy;
    el.dial.textContent = session && session.ended ? 'Dial again' : 'Dial ' + CONFIG.serviceCode;
    el.carrier.textContent = CONFIG.networks[el.network.value] || el.network.value;
    el.simNumber.textContent = phoneNumber();
  }

  function showScreen(kind, text, endedNote) {
    el.kind.textContent = kind;
    el.kind.className = 'tag ' + kind.toLowerCase();
    el.screenText.textContent = text;
    var length = gsm7Length(text);
    // The budget of the network the session dialled on (the server keeps it for the whole session).
    var limit = CONFIG.screenLimits[session ? session.network : el.network.value];
    el.length.textContent = length + ' / ' + limit + ' characters';
    el.length.className = 'length' + (length > limit ? ' over' : '');
    el.endedNote.hidden = !endedNote;
    el.endedNote.textContent = endedNote || '';
  }

  function post(url, fields) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString()
    });
  }

  async function dial() {
    var phone = phoneNumber();
    if (!phone) {
      showScreen('ERROR', 'Type a phone number first.', '');
      el.phoneOther.focus();
      return;
    }
    session = { id: newSessionId(), phone: phone, network: el.network.value, inputs: [], ended: false };
    await hop();
  }

  async function sendReply(value) {
    if (!active() || busy) return;
    session.inputs.push(value);
    el.reply.value = '';
    await hop();
  }

  /** One hop, exactly as Africa's Talking sends it: text is every input so far joined by '*'. */
  async function hop() {
    busy = true;
    updateControls();
    var text = session.inputs.join('*');
    try {
      var response = await post(CONFIG.ussdUrl, {
        sessionId: session.id, serviceCode: CONFIG.serviceCode, phoneNumber: session.phone,
        networkCode: session.network, text: text
      });
      var body = await response.text();
      if (!response.ok) {
        session.ended = true;
        showScreen('ERROR', 'The service answered ' + response.status + ':\n' + body, 'Session ended');
      } else {
        var end = body.slice(0, 3) === 'END';
        if (end) session.ended = true;
        showScreen(end ? 'END' : 'CON', body.replace(/^(CON|END) ?/, ''), end ? 'Session ended' : '');
      }
    } catch (error) {
      session.ended = true;
      showScreen('ERROR', 'Could not reach the service: ' + error.message, 'Session ended');
    }
    busy = false;
    el.stateText.textContent = text === '' ? '(empty: the dial)' : text;
    updateControls();
    (active() ? el.reply : el.dial).focus();
    refreshState();
    refreshInbox();
  }

  function hangUp() {
    if (!active()) return;
    session.ended = true;
    showScreen(el.kind.textContent, el.screenText.textContent, 'You hung up. The next dial may offer to continue where you left off.');
    updateControls();
    el.dial.focus();
  }

  function setText(node, value) { node.textContent = value === null || value === undefined ? '-' : String(value); }

  async function refreshState() {
    if (!session) return;
    var id = session.id;
    setText(el.stateSession, id);
    try {
      var response = await post(CONFIG.stateUrl, { sessionId: id });
      if (!session || session.id !== id) return;
      if (response.status === 404) {
        el.stateNote.textContent = 'The service stored no state for this session.';
        return;
      }
      if (!response.ok) throw new Error('status ' + response.status);
      var state = await response.json();
      el.stateNote.textContent = state.ended ? 'The session has ended.' : 'The session is waiting for a reply.';
      setText(el.stateNode, state.node);
      setText(el.statePage, state.page);
      setText(el.stateLanguage, state.language === 'sw' ? 'Kiswahili (sw)' : state.language === 'en' ? 'English (en)' : state.language);
      setText(el.stateBudget, state.screenLimit === null ? null : state.screenLimit + ' characters');
      setText(el.stateHistory, state.historyDepth === null ? null : state.historyDepth + (state.history.length ? ' (' + state.history.join(' > ') + ')' : ''));
      setText(el.stateHops, state.hops);
      var names = Object.keys(state.variables).sort();
      el.stateVars.replaceChildren();
      if (names.length === 0) {
        var empty = document.createElement('tr');
        var cell = document.createElement('td');
        cell.colSpan = 2;
        cell.className = 'muted';
        cell.textContent = 'none';
        empty.append(cell);
        el.stateVars.append(empty);
      }
      names.forEach(function (name) {
        var row = document.createElement('tr');
        var key = document.createElement('td');
        var value = document.createElement('td');
        key.textContent = name;
        value.textContent = state.variables[name];
        row.append(key, value);
        el.stateVars.append(row);
      });
    } catch (error) {
      el.stateNote.textContent = 'Could not read the session state: ' + error.message;
    }
  }

  function formatTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? iso : date.toLocaleTimeString('en-GB', { timeZone: 'Africa/Nairobi' });
  }

  function renderInbox(messages) {
    var shown = JSON.stringify(messages);
    if (shown === inboxShown) return;
    inboxShown = shown;
    el.inboxCount.textContent = '(' + messages.length + ')';
    el.inboxNote.textContent = messages.length === 0 ? 'No SMS for this phone yet.' : 'Newest first.';
    el.inbox.replaceChildren();
    messages.slice().reverse().forEach(function (message) {
      var item = document.createElement('li');
      var meta = document.createElement('div');
      var body = document.createElement('div');
      meta.className = 'meta';
      body.className = 'body';
      meta.textContent = message.from + ' | ' + formatTime(message.receivedAt) + ' | delivery: ' + message.delivery;
      body.textContent = message.message;
      item.append(meta, body);
      el.inbox.append(item);
    });
  }

  async function refreshInbox() {
    var phone = phoneNumber();
    if (!inboxAvailable || inboxLoading || !phone) return;
    inboxLoading = true;
    try {
      var response = await post(CONFIG.inboxUrl, { phoneNumber: phone });
      if (phone !== phoneNumber()) return;
      if (response.status === 404) {
        inboxAvailable = false;
        el.inbox.replaceChildren();
        el.inboxCount.textContent = '';
        el.inboxNote.textContent = CONFIG.noInboxNote;
        return;
      }
      if (response.status === 400) {
        inboxShown = '';
        el.inbox.replaceChildren();
        el.inboxCount.textContent = '';
        el.inboxNote.textContent = 'Not a Kenyan mobile number: no inbox.';
        return;
      }
      if (!response.ok) throw new Error('status ' + response.status);
      renderInbox((await response.json()).messages);
    } catch (error) {
      el.inboxNote.textContent = 'Could not read the inbox: ' + error.message;
    } finally {
      inboxLoading = false;
    }
  }

  function phoneChanged() {
    el.otherRow.hidden = el.phoneChoice.value !== 'other';
    prompt = null;
    el.mpesa.hidden = true;
    // A session belongs to one phone and network: changing either hangs up.
    if (active()) hangUp();
    inboxShown = '';
    el.inbox.replaceChildren();
    updateControls();
    refreshInbox();
  }

  /**
   * M-Pesa's prompt, as the phone shows it once the USSD session has ended (the stand-in holds a
   * push to a phone this page watches until it is answered here): any four digits pay, Cancel cancels.
   */
  var prompt = null;
  var promptLoading = false;

  function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  async function refreshPrompts() {
    var phone = phoneNumber();
    if (!CONFIG.promptsUrl || promptLoading || !phone || prompt) return;
    promptLoading = true;
    try {
      var response = await postJson(CONFIG.promptsUrl, { phoneNumber: phone });
      if (!response.ok || phone !== phoneNumber()) return;
      var waiting = (await response.json()).prompts;
      if (waiting.length === 0 || active()) return;
      prompt = waiting[0];
      el.mpesaText.textContent = 'Do you want to pay Ksh ' + prompt.amount + ' to E-CITIZEN account no. ' + prompt.accountReference + '?';
      el.mpesaPin.value = '';
      el.mpesa.hidden = false;
      el.mpesaPin.focus();
    } catch (error) {
      // The next poll tries again.
    } finally {
      promptLoading = false;
    }
  }

  async function answerPrompt(answer) {
    if (!prompt) return;
    var answered = prompt;
    prompt = null;
    el.mpesa.hidden = true;
    await postJson(CONFIG.promptsUrl + '/answer', { checkoutRequestId: answered.checkoutRequestId, answer: answer });
    setTimeout(refreshInbox, 1500);
  }

  el.mpesa.addEventListener('submit', function (event) {
    event.preventDefault();
    if (!/^[0-9]{4}$/.test(el.mpesaPin.value)) { el.mpesaPin.focus(); return; }
    answerPrompt('pin');
  });
  el.mpesaCancel.addEventListener('click', function () { answerPrompt('cancel'); });

  el.dial.addEventListener('click', function () { dial(); });
  el.hangup.addEventListener('click', hangUp);
  el.form.addEventListener('submit', function (event) {
    event.preventDefault();
    var value = el.reply.value.trim();
    if (value === '') { el.reply.focus(); return; }
    sendReply(value);
  });
  el.keys.forEach(function (key) {
    key.addEventListener('click', function () {
      el.reply.value += key.dataset.key;
      el.reply.focus();
    });
  });
  el.phoneChoice.addEventListener('change', phoneChanged);
  el.phoneOther.addEventListener('change', phoneChanged);
  el.network.addEventListener('change', phoneChanged);

  $('code-intro').textContent = CONFIG.serviceCode;
  el.screenText.textContent = 'Press Dial to call ' + CONFIG.serviceCode + '.';
  updateControls();
  refreshInbox();
  setInterval(refreshInbox, 2000);
  if (CONFIG.promptsUrl) {
    refreshPrompts();
    setInterval(refreshPrompts, 1000);
  }
})();
`;
