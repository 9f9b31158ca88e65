#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Copyright (C) 2026 The ReLU Explorer authors
"""What the Orca screen reader says about the explorer, read from Orca's debug log.

Starts Xvfb, a private D-Bus session, the AT-SPI bus and Orca (no speech server: Orca still logs
every utterance as "SPEECH OUTPUT: '...'"), then the explorer; presses keys with xdotool and waits,
with a deadline, for what Orca must say. Usage: orca_test.py BINARY [--keep-log FILE].
Exit 0 when every expectation was heard, 1 otherwise (the log's speech is printed), 77 when a tool
is missing (1 in CI, where CI is set: there the test must run).
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

TOOLS = ["Xvfb", "dbus-daemon", "xdotool", "orca", "/usr/libexec/at-spi-bus-launcher"]


class Failure(Exception):
    pass


# Orca echoes a key press as its name and a space ("tab ", "left shift ", "a "): no focus utterance.
KEY_ECHO = re.compile(r"^[a-z0-9]+( [a-z0-9]+)* $")


class Session:
    def __init__(self, binary, workdir):
        self.binary = binary
        self.workdir = workdir
        self.log_path = os.path.join(workdir, "orca-debug.log")
        self.procs = []
        self.env = dict(os.environ)
        self.read_upto = 0  # speech before this index has been consumed by an expectation

    def start(self, args, env=None, **kwargs):
        proc = subprocess.Popen(args, env=env or self.env, stdin=subprocess.DEVNULL, **kwargs)
        self.procs.append(proc)
        return proc

    def stop_all(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def start_x(self):
        forced = os.environ.get("RX_A11Y_DISPLAY")
        if forced:
            self.start(["Xvfb", ":" + forced, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                       stderr=subprocess.DEVNULL)
            display = forced
        else:
            read_end, write_end = os.pipe()
            self.start(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24",
                        "-nolisten", "tcp"], pass_fds=(write_end,), stderr=subprocess.DEVNULL)
            os.close(write_end)
            with os.fdopen(read_end) as pipe:
                display = pipe.readline().strip()
            if not display:
                raise Failure("Xvfb did not start")
        self.env["DISPLAY"] = ":" + display
        self.wait_for(lambda: subprocess.run(["xdotool", "getdisplaygeometry"], env=self.env,
                                             capture_output=True).returncode == 0, 30, "Xvfb")

    def start_buses(self):
        bus = self.start(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                         stdout=subprocess.PIPE, text=True)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
        self.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])

    def start_orca(self):
        home = os.path.join(self.workdir, "home")
        prefs = os.path.join(home, "orca")
        os.makedirs(prefs)
        self.env.update({"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"),
                         "XDG_DATA_HOME": os.path.join(home, ".local/share"),
                         "XDG_CACHE_HOME": os.path.join(home, ".cache"),
                         "XDG_RUNTIME_DIR": self.workdir, "GTK_A11Y": "none",
                         # No speech server: Orca logs what it would say.
                         "SPEECHD_ADDRESS": "unix_socket:" + os.path.join(self.workdir, "no-speechd"),
                         "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "LANGUAGE": "en"})
        for name in ("LC_MESSAGES", "QT_QPA_PLATFORM"):
            self.env.pop(name, None)
        launcher = os.path.join(os.path.dirname(os.path.abspath(__file__)), "orca_launch.py")
        self.start([sys.executable, launcher, "--user-prefs=" + prefs, "--debug-file=" + self.log_path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wait_for(lambda: "registering listener for: object:value-changed" in self.log(), 90, "Orca")

    def start_app(self):
        env = dict(self.env, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        self.start([self.binary, "--lang", "en"], env=env, stdout=subprocess.DEVNULL,
                   stderr=open(os.path.join(self.workdir, "app.err"), "w"))

    def log(self):
        try:
            with open(self.log_path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def speech(self):
        return re.findall(r"SPEECH OUTPUT: '(.*?)' ?(?:\{'established'.*)?$", self.log(), re.M)

    def wait_for(self, predicate, timeout, what, or_fail=True):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.1)
        if or_fail:
            raise Failure("timed out waiting for " + what)
        return False

    def hear(self, pattern, what, timeout=20):
        """Waits until Orca says something matching pattern after the last thing heard; returns it."""
        regex = re.compile(pattern) if isinstance(pattern, str) else pattern
        found = []

        def heard():
            spoken = self.speech()
            for i in range(self.read_upto, len(spoken)):
                if regex.search(spoken[i]):
                    found.append(spoken[i])
                    self.read_upto = i + 1
                    return True
            return False

        if not self.wait_for(heard, timeout, what, or_fail=False):
            recent = self.speech()[self.read_upto:][-15:]
            raise Failure("Orca did not say %s (/%s/). It said: %s" % (what, regex.pattern, recent))
        print("heard %s: %r" % (what, found[0]))
        return found[0]

    def skip_heard(self):
        self.read_upto = len(self.speech())

    def settle(self, quiet=0.5, timeout=5):
        """Waits until Orca has said nothing new for quiet seconds (at most timeout)."""
        deadline = time.monotonic() + timeout
        count, since = len(self.speech()), time.monotonic()
        while time.monotonic() < deadline and time.monotonic() - since < quiet:
            time.sleep(0.1)
            now = len(self.speech())
            if now != count:
                count, since = now, time.monotonic()

    def focus_speech(self, timeout=8):
        """What Orca says for a new focus: waits for its first utterance that is not a key's echo
        (up to timeout), then until Orca is quiet; returns [(index, text)] of those utterances."""
        def said():
            return [(i, text) for i, text in enumerate(self.speech()) if i >= self.read_upto and not
                    KEY_ECHO.match(text)]

        if not self.wait_for(lambda: said(), timeout, "speech", or_fail=False):
            return []
        self.settle(quiet=0.4)
        return said()

    def key(self, *keys):
        subprocess.run(["xdotool", "key", "--delay", "120", *keys], env=self.env, check=True)


def tab_to(session, pattern, what, keys="Tab", limit=30):
    """Presses keys until Orca's speech for the new focus matches pattern: after each press it waits
    for what Orca says about the new focus (not for a fixed time), and goes on when that differs."""
    regex = re.compile(pattern)

    def matched(said):
        for i, text in said:
            if regex.search(text):
                session.read_upto = i + 1
                print("heard %s: %r" % (what, text))
                return True
        return False

    session.settle()
    if matched([(i, t) for i, t in enumerate(session.speech()) if i >= session.read_upto]):
        return  # already focused
    for _ in range(limit):
        session.skip_heard()
        session.key(keys)
        if matched(session.focus_speech()):
            return
    raise Failure("%s never reached %s" % (keys, what))


def expect(failures, check):
    try:
        check()
    except Failure as error:
        print("FAIL:", error)
        failures.append(str(error))


def run(session):
    session.start_x()
    session.start_buses()
    session.start_orca()
    session.start_app()
    window = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name", "ReLU Explorer"],
                            env=session.env, capture_output=True, text=True, timeout=60).stdout.split()
    if not window:
        raise Failure("the explorer's window did not appear")
    subprocess.run(["xdotool", "windowfocus", "--sync", window[0]], env=session.env, check=False)
    session.hear(r"ReLU Explorer", "the window's title", timeout=30)
    failures = []

    # Focus on the plot: its name, and the whole readout once the tracer is on.
    tab_to(session, r"^Plot of the shown functions", "the plot")
    number = r"-?[0-9][0-9.e+-]*"
    step = r"^x = ({0}), ReLU {0}, PReLU {0}\.?$".format(number)
    xs = []

    def steps():
        for key in ("Right", "Right", "Right", "Left", "shift+Right"):
            session.key(key)
            said = session.hear(step, "a brief readout after " + key)
            xs.append(re.match(step, said).group(1))
        if len(set(xs[:3])) != 3 or xs[3] != xs[1]:
            raise Failure("the spoken x does not follow the steps: %s" % xs)

    expect(failures, steps)

    def full_readout():
        session.key("shift+Tab")
        # Its focus utterance, not Orca's echo of the key ("left shift "): the parameters, laid out
        # before the plot, end with PReLU's weight value.
        session.hear(r"^PReLU weight value .*spin button", "the control before the plot")
        session.key("Tab")
        session.hear(r"^Plot of the shown functions", "the plot again")
        session.hear(r"x = %s; ReLU: f\(x\) = .*, f′\(x\) = .*; PReLU: f\(x\) = " % re.escape(xs[-1]),
                     "the full readout on focus")

    if xs:
        expect(failures, full_readout)

    def slider():
        tab_to(session, r"^PReLU weight slider", "the PReLU weight slider", keys="shift+Tab")
        if not re.search(r"slider 0\.25\b", session.speech()[session.read_upto - 1]):
            raise Failure("the slider did not say its value 0.25 on focus")
        session.key("Right")
        session.hear(r"^0\.26\.?$", "the slider's value 0.26 after Right")

    expect(failures, slider)

    def refusal():
        tab_to(session, r"^PReLU weight value", "the PReLU weight spin box")
        session.key("ctrl+a", "a", "b", "c", "Return")
        session.hear(r"PReLU weight: 'abc' is not a number", "the refused input announced")

    expect(failures, refusal)

    def check_function():
        tab_to(session, r"^Functions tree", "the function list", keys="shift+Tab")
        session.key("Down")
        session.hear(r"check box not checked", "an unticked function that says it can be checked")
        session.key("space")
        session.hear(r"^checked\.?$", "the function ticked with Space announced as checked")

    expect(failures, check_function)
    if failures:
        raise Failure("%d of the expectations failed" % len(failures))


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    missing = [t for t in TOOLS if not shutil.which(t)]
    if missing:
        if os.environ.get("CI"):  # CI must run it: a skip there would pass without a screen reader
            print("FAIL: missing " + ", ".join(missing) + " in CI (tools/install-deps installs them)")
            return 1
        print("SKIP: missing " + ", ".join(missing) + " (tools/install-deps installs them)")
        return 77
    keep = sys.argv[sys.argv.index("--keep-log") + 1] if "--keep-log" in sys.argv else None
    workdir = tempfile.mkdtemp(prefix="rx-orca-")
    session = Session(os.path.abspath(sys.argv[1]), workdir)
    started = time.monotonic()
    status = 1
    try:
        run(session)
        status = 0
    except (Failure, subprocess.SubprocessError) as error:
        print("FAIL:", error)
        print("Orca said:\n  " + "\n  ".join(session.speech()[-60:]))
    finally:
        session.stop_all()
        if keep:
            shutil.copy(session.log_path, keep)
        shutil.rmtree(workdir, ignore_errors=True)
    print("%s in %.0f s" % ("PASS" if status == 0 else "FAIL", time.monotonic() - started))
    return status


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
