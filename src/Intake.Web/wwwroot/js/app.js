// The clinic's chat page: Web Chat (wwwroot/lib/webchat.js, from npm) on this host's Direct Line. It keeps the token
// and conversation id in session storage so a reload resumes the same conversation, refreshes the token before it
// expires, shows progress from channelData.intake.step and the care level from channelData.intake.careLevel.
(function () {
  'use strict';

  var SESSION_KEY = 'intake.session';
  var LANGUAGE_KEY = 'intake.language';
  // The questions of the intake in the order asked (DESIGN.md: channelData.intake.step); "confirm" is the summary.
  var QUESTIONS = ['consent', 'emergency', 'age', 'location', 'duration', 'history', 'worsening', 'intensity', 'symptoms', 'triggers', 'redflags', 'nerve', 'background'];
  var CONNECTION = { Connecting: 1, Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };

  var texts = window.IntakePageText;
  var language = pickLanguage();
  var directLine = null;
  var store = null;
  var session = null;
  var refreshTimer = 0;

  function pickLanguage() {
    var saved = sessionStorage.getItem(LANGUAGE_KEY);
    if (saved === 'en' || saved === 'es') {
      return saved;
    }

    var preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
    return /^es\b/i.test(preferred) ? 'es' : 'en';
  }

  function t() {
    return texts[language];
  }

  function applyLanguage() {
    document.documentElement.lang = language;
    // The clinic's name and number are the host's (Intake:Sites), rendered into the page's header.
    document.title = t().title(document.getElementById('clinic-name').textContent.trim());
    document.querySelectorAll('[data-text]').forEach(function (element) {
      var value = t()[element.getAttribute('data-text')];
      if (element.getAttribute('data-text') === 'emergency') {
        // Our own constant, with its one tel: link (no patient text ever goes through here).
        element.innerHTML = value;
      } else {
        element.textContent = value;
      }
    });
    document.querySelectorAll('.language-option').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === language));
    });
  }

  function readSession() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(SESSION_KEY) || 'null');
      return saved && saved.token && saved.conversationId && saved.expiresAt > Date.now() + 30000 ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(next) {
    session = next;
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(next));
  }

  function post(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined, credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }

      return response.json();
    });
  }

  function newSession() {
    return post('/api/directline/token', null, { locale: t().locale }).then(function (answer) {
      saveSession({ token: answer.token, conversationId: answer.conversationId, domain: answer.domain, expiresAt: Date.now() + answer.expires_in * 1000, lifetime: answer.expires_in * 1000, started: false });
      return session;
    });
  }

  // Refreshes the stored token halfway through its life, so a reload always finds one that works.
  function scheduleRefresh() {
    clearTimeout(refreshTimer);
    var due = Math.max(1000, session.expiresAt - session.lifetime / 2 - Date.now());
    refreshTimer = setTimeout(function () {
      post(session.domain + '/tokens/refresh', session.token).then(function (answer) {
        saveSession(Object.assign({}, session, { token: answer.token, expiresAt: Date.now() + answer.expires_in * 1000, lifetime: answer.expires_in * 1000 }));
        scheduleRefresh();
      }, function () {
        refreshTimer = setTimeout(scheduleRefresh, 30000);
      });
    }, due);
  }

  function showProgress(text) {
    document.getElementById('progress').textContent = text || '';
  }

  function onBotActivity(activity) {
    var intake = activity.channelData && activity.channelData.intake;
    if (!intake) {
      return;
    }

    if (intake.careLevel) {
      showResult(intake.careLevel);
      showProgress(t().done);
      return;
    }

    var index = QUESTIONS.indexOf(intake.step);
    if (index >= 0) {
      hideResult();
      showProgress(t().question(index + 1, QUESTIONS.length));
    } else if (intake.step === 'confirm') {
      showProgress(t().confirm);
    } else if (intake.step === 'check') {
      showProgress(t().check);
    }
  }

  function showResult(careLevel) {
    var result = document.getElementById('result');
    var emergency = careLevel === 'emergency';
    result.className = 'result result-' + careLevel;
    result.setAttribute('data-care-level', careLevel);
    document.getElementById('result-title').textContent = t().resultTitle[careLevel] || careLevel;
    document.getElementById('result-text').textContent = t().resultText;
    var call = document.getElementById('result-call');
    var clinic = document.getElementById('clinic-phone');
    call.href = emergency ? 'tel:911' : clinic.getAttribute('href');
    call.textContent = emergency ? t().call.emergency : t().call.other(clinic.querySelector('.number').textContent);
    result.hidden = false;
  }

  function hideResult() {
    document.getElementById('result').hidden = true;
  }

  function showConnection(status) {
    var text = status === CONNECTION.Online || status === undefined ? ''
      : status === CONNECTION.Connecting ? (session && session.started ? t().reconnecting : t().connecting)
        : status === CONNECTION.FailedToConnect ? t().failed : '';
    document.getElementById('connection').textContent = text;
  }

  function createStore() {
    return window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            var activity = action.payload.activity;
            if (activity.from && activity.from.role === 'bot') {
              onBotActivity(activity);
            }
          } else if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' || action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            onConnection(action.type === 'DIRECT_LINE/CONNECT_FULFILLED' ? CONNECTION.Online : action.payload.connectionStatus);
          }

          return next(action);
        };
      };
    });
  }

  function onConnection(status) {
    showConnection(status);
    if (status === CONNECTION.Online && !session.started) {
      saveSession(Object.assign({}, session, { started: true }));
    } else if (status === CONNECTION.ExpiredToken || status === CONNECTION.Ended) {
      sessionStorage.removeItem(SESSION_KEY);
      setTimeout(start, 1000);
    } else if (status === CONNECTION.FailedToConnect) {
      // The network or the host is away: try the same conversation again shortly.
      setTimeout(connect, 5000);
    }
  }

  function connect() {
    if (directLine) {
      directLine.end();
    }

    var options = { domain: session.domain, token: session.token, webSocket: true, conversationStartProperties: { locale: t().locale } };
    if (session.started) {
      // A reload or a reconnect: resume the conversation; the stream sends its history again.
      options.conversationId = session.conversationId;
    }

    directLine = window.WebChat.createDirectLine(options);
    store = createStore();
    render();
    scheduleRefresh();
  }

  function render() {
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: store,
      locale: t().locale,
      styleOptions: window.IntakeChatStyle,
      overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: t().placeholder },
    }, document.getElementById('webchat'));
  }

  function start() {
    session = readSession();
    showConnection(CONNECTION.Connecting);
    (session ? Promise.resolve(session) : newSession()).then(connect, function () {
      showConnection(CONNECTION.FailedToConnect);
      setTimeout(start, 5000);
    });
  }

  function switchLanguage(next) {
    if (next === language) {
      return;
    }

    language = next;
    sessionStorage.setItem(LANGUAGE_KEY, next);
    applyLanguage();
    if (store && session && session.started) {
      // The bot switches on its own command; its next words come in the new language.
      store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: next === 'es' ? 'español' : 'English' } });
      render();
    }
  }

  window.IntakeChatStyle = {
    accent: '#1d6b73',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f1f5f6',
    bubbleBorderRadius: 12,
    bubbleFromUserBackground: '#1d6b73',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleMaxWidth: 640,
    bubbleMinWidth: 120,
    botAvatarInitials: 'PHC',
    botAvatarBackgroundColor: '#1d6b73',
    hideUploadButton: true,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    richCardWrapTitle: true,
    sendBoxButtonColor: '#1d6b73',
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 'auto',
    suggestedActionBorderRadius: 18,
  };

  // Web Chat announces a new card to screen readers with a read-only copy whose choice list (a <select>) has no name
  // when the card's input has no label: name it after the card's question, so the announcement says what it lists.
  function nameUnnamedLists() {
    document.querySelectorAll('select:not([aria-label]):not([aria-labelledby])').forEach(function (select) {
      var holder = select.parentElement;
      var question = null;
      while (holder && !question && holder !== document.body) {
        question = holder.querySelector('p, .ac-textBlock');
        holder = holder.parentElement;
      }

      select.setAttribute('aria-label', (question && question.textContent.trim()) || t().choices);
    });
  }

  new MutationObserver(nameUnnamedLists).observe(document.getElementById('webchat'), { childList: true, subtree: true });

  document.querySelectorAll('.language-option').forEach(function (button) {
    button.addEventListener('click', function () {
      switchLanguage(button.getAttribute('data-lang'));
    });
  });
  applyLanguage();
  start();
})();
