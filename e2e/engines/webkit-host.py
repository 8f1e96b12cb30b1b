# The WebKitGTK browser that WebKitWebDriver starts for the WebKit tests, in place of MiniBrowser.
#
# Why not MiniBrowser: classic WebDriver (WebKitWebDriver 2.50 has no WebDriver BiDi: it refuses the
# webSocketUrl capability) can neither read the console nor run a script before the page's own, and WebKitGTK's
# console-to-stdout setting prints nothing on this build. This host is MiniBrowser's automation mode in a few
# lines, plus one thing: every page gets e2e/engines/probe.js (path in VERDICT_PROBE_SCRIPT) as a user script at
# document start, which WebKit runs before the page's scripts and outside its Content-Security-Policy. The probe
# records console errors, uncaught errors and CSP violations; the harness reads them through WebDriver.
#
# Started as: <python> webkit-host.py (WebKitWebDriver sets WEBKIT_INSPECTOR_SERVER, where it connects).
import os
import signal

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

probe_path = os.environ.get("VERDICT_PROBE_SCRIPT")
if not probe_path:
    raise SystemExit("webkit-host.py: VERDICT_PROBE_SCRIPT is not set")
with open(probe_path, encoding="utf-8") as f:
    PROBE = WebKit2.UserScript.new(
        f.read(),
        WebKit2.UserContentInjectedFrames.TOP_FRAME,
        WebKit2.UserScriptInjectionTime.START,
        None,
        None,
    )

# A fresh, in-memory profile per browser process: WebKitWebDriver starts one per session.
context = WebKit2.WebContext.new_ephemeral()
context.set_automation_allowed(True)
windows = []


def create_web_view(_session, *_args):
    content = WebKit2.UserContentManager()
    content.add_script(PROBE)
    view = WebKit2.WebView(web_context=context, user_content_manager=content, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(1280, 900)
    window.add(view)
    window.show_all()
    windows.append(window)

    def closed(_view):
        windows.remove(window)
        window.destroy()

    view.connect("close", closed)
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("VerdictWebKit")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.init(None)
for sig in (signal.SIGTERM, signal.SIGINT):
    GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, sig, lambda: (Gtk.main_quit(), False)[1])
Gtk.main()
