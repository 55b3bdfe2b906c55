/*
 * The intranet's own scripts, in a file rather than inline so that the Content-Security-Policy can
 * forbid inline scripts (PrimeFaces' nonce mode covers the framework's own).
 */

/** A new message was pushed to this person (f:websocket's onmessage): the badge and an open inbox update. */
function opiumPushed() {
    refreshUnread();
    document.dispatchEvent(new Event('opium-inbox'));
}

/** The inbox page refreshes its list when a message arrives. */
document.addEventListener('opium-inbox', function () {
    if (typeof refreshInbox === 'function') {
        refreshInbox();
    }
});

/** The main menu folds behind its button on a phone (CSS decides when the button shows). */
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('menuToggle');
    var side = document.getElementById('side');
    if (toggle && side) {
        toggle.addEventListener('click', function () {
            var open = side.classList.toggle('open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
});
