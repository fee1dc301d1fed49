#!/usr/bin/env python3
"""run.py IMAGES WORK [--cases ci|all|NAME,...] — the Raspberry Pi kit tested as a whole
system: boots the image tests/system/image.sh made (Debian bookworm arm64, the kiosk
installed by board/rpi/install.sh) under qemu-system-aarch64 (TCG) and checks, case by
case, what the kit promises. Each case is one assertion with a message; the last line
is "N passed, N failed". Run by `make test-system` (all) and `make test-system-ci`
(the cases CI has time for). The console log, screendumps and qemu's own log of each
boot stay in WORK."""

import argparse
import base64
import os
import random
import re
import shutil
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import picture  # noqa: E402
from vm import VM, VMError  # noqa: E402

PIN = os.environ.get("KIOSK_SYSTEM_PIN", "583920")  # set on the data disk by image.sh
KIOSK = "/usr/local/bin/kiosk"
LESSONS = "/usr/local/share/kiosk/lessons"
DATA = "/var/lib/kiosk"
CI_CASES = ["ready", "screendump", "watchdog", "safe-mode"]
ALL_CASES = ["ready", "screendump", "usb-fat", "usb-ext4", "watchdog", "safe-mode", "read-only-root",
             "hardware-watchdog", "power-cut-lesson", "power-cut-pack", "no-data-partition"]

# ---- the staff's screens, by the USB keyboard -------------------------------------------
# A route is a list of steps: one step's keys (QMP qcodes, "a+b" pressed together) and the
# screen they lead to (the kiosk's state name, as its `run --input` scripts say it). The
# same arm64 kiosk first plays the route offscreen under qemu-user, with the VM's own
# settings, start record and statistics, and its screenshots are what the VM's screen must
# look like after each step before the next step's keys go: a slow guest is waited for,
# and a key that went astray is reported at the step where it did (it was a guess before:
# two back-tabs typed a seventh digit, keys sent while a TCG guest was still drawing the
# screen before went to the attract screen, and the export stopped at its choice screen).
SCRIPT_KEYS = {"ctrl+alt+s": "ctrl-alt-s", "ret": "enter", "shift+tab": "backtab", "esc": "escape"}


def staff_route(pin):
    """The hidden keys, the PIN and Return (it submits, as OK does): the staff menu."""
    return [(["ctrl+alt+s"], "pin"), ([*pin, "ret"], "staff")]


def export_route(pin):
    """The staff menu, then Statistics > Export to USB > New records; the staff menu says
    how it went."""
    return staff_route(pin) + [
        (["ret", "ret"], "stats"),  # the focus onto Statistics (the first item), open it
        (["shift+tab", "ret"], "export"),  # Export to USB (the last button)
        (["ret", "ret"], "staff"),  # New records (the first button)
    ]


def first_pin_route(pin):
    """A kiosk without a PIN: the first staff member chooses one, types it again."""
    return [(["ctrl+alt+s"], "new-pin"), ([*pin, "ret"], "new-pin"), ([*pin, "ret"], "staff")]


class Failed(Exception):
    pass


def check(cond, message):
    if not cond:
        raise Failed(message)


class Suite:
    def __init__(self, args):
        self.args = args
        self.images = os.path.abspath(args.images)
        self.work = os.path.abspath(args.work)
        self.vm = None
        self.boots = 0
        self.passed = 0
        self.failed = 0
        self.notes = []
        self.last_runs = None

    # ---- machines ---------------------------------------------------------------------
    def boot(self, data=True, name=None):
        """A fresh qemu: power on, then until the guest agent answers."""
        if self.vm:
            self.vm.kill()
        self.boots += 1
        self.vm = VM(self.images, self.work, name or f"boot{self.boots}", data=data)
        self.vm.start()
        self.vm.wait_agent(self.args.timeout)
        return self.vm

    def machine(self):
        """The running machine, started if there is none (a case after a failed one)."""
        if not self.vm or not self.vm.proc or self.vm.proc.poll() is not None:
            self.boot()
            self.vm.wait_ready(self.args.timeout)
        return self.vm

    def journal(self, unit="kiosk.service", since_boot=True):
        return self.vm.out(f"journalctl --no-pager -o cat {'-b' if since_boot else ''} -u {unit}")

    def health(self):
        return self.vm.out(f"cat {DATA}/health 2>/dev/null || true")

    def wait_healthy(self):
        """Until this start counts as good (HEALTH_OK_MS after the first frame)."""
        self.vm.wait_for("the start recorded as good", lambda: "\nstarting 0" in self.health(), 90)

    def restarted(self, old_pid, timeout):
        """Until kiosk.service runs again (READY=1) with another main process."""
        return self.vm.wait_for(
            "kiosk.service READY=1 again",
            lambda: (lambda u: u if u["ActiveState"] == "active" and u["MainPID"] not in ("0", old_pid) else None)(
                self.vm.unit("ActiveState", "MainPID", "NRestarts", "StatusText", "Result")),
            timeout)

    def staff_menu(self, name):
        """Into the staff menu through the USB keyboard, as staff would (staff_route)."""
        self.drive(name, staff_route(PIN), self.references(name, staff_route(PIN)))

    def export_to_stick(self, kind):
        """Staff menu > Statistics > Export to USB > New records, by keyboard; the kiosk's
        log line of the outcome."""
        name = f"export-{kind}"
        self.drive(name, export_route(PIN), self.references(name, export_route(PIN)))
        return self.vm.wait_for("the export's outcome in the journal",
                                lambda: [line for line in self.journal().splitlines() if "statistics export" in line],
                                60, 3)[-1]

    def references(self, name, route, data=None, env=None):
        """The route played offscreen (see staff_route): {shot name: (state, picture)},
        one shot per step, plus the attract screen and the language picker (where keys
        that went astray lead). data: a folder for the kiosk's data (default: a copy of
        the VM's settings, start record and statistics)."""
        out = os.path.join(self.work, "offscreen-" + name)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        if data is None:
            data = os.path.join(out, "data")
            self.copy_vm_data(data)
        lines = ["expect attract", "shot attract"]
        for i, (keys, state) in enumerate(route):
            lines += [f"key {SCRIPT_KEYS.get(k, k)}" for k in keys] + [f"expect {state}", f"shot step-{i + 1}"]
        lines += ["key escape", "expect attract", "key enter", "expect language", "shot language"]
        usb = os.path.join(out, "usb")
        os.makedirs(usb)
        self.offscreen(out, lines, data, ["--usb", usb], env)
        refs = {"attract": ("attract", "attract"), "language": ("language", "language")}
        refs.update({f"step-{i + 1}": (state, f"step-{i + 1}") for i, (_, state) in enumerate(route)})
        return {n: (state, os.path.join(out, shot + ".png"), picture.read_png(os.path.join(out, shot + ".png")))
                for n, (state, shot) in refs.items()}

    def copy_vm_data(self, dest):
        """What the staff screens show from the VM's data partition, for the offscreen
        kiosk: settings (the PIN), statistics, and the start record moved to this
        machine's boot (so that safe mode and the last exit read the same)."""
        os.makedirs(dest)
        v = self.vm
        for f in ("kiosk.lua", "health"):
            text = v.out(f"cat {DATA}/{f} 2>/dev/null || true")
            if f == "health" and text:
                with open("/proc/sys/kernel/random/boot_id") as b:
                    text = text.replace(v.boot_id(), b.read().strip())
                # the VM's kiosk is running: here that start is over, and its renderer is not ours
                text = re.sub(r"(?m)^starting 1$", "starting 0", text)
                text = re.sub(r"(?m)^renderer .*$", "renderer -", text)
            if text:
                with open(os.path.join(dest, f), "w") as out:
                    out.write(text + "\n")
        db = v.out(f"if [ -f {DATA}/stats.db ]; then sqlite3 {DATA}/stats.db '.backup /run/stats-copy.db' && "
                   f"base64 -w0 /run/stats-copy.db; rm -f /run/stats-copy.db; fi")
        if db:
            with open(os.path.join(dest, "stats.db"), "wb") as out:
                out.write(base64.b64decode(db))

    def drive(self, name, route, refs, timeout=240):
        """Sends each step's keys through the USB keyboard, then waits until the VM's
        screen is that step's: likest to one of the offscreen shots of that screen, at
        least 90 % alike, and less like any other screen's. Screendumps: NAME-N.png."""
        for i, (keys, state) in enumerate(route):
            time.sleep(1)  # past the new screen's tap guard (UI_TAP_GUARD_MS) in a slow guest
            self.vm.keys(*keys)
            path = os.path.join(self.work, f"{name}-{i + 1}.png")
            deadline = time.monotonic() + timeout
            while True:
                got = picture.read_png(self.vm.screendump(path))
                alike = {n: picture.likeness(got, ref[2]) for n, ref in refs.items()}
                mine = max((alike[n], n) for n, ref in refs.items() if ref[0] == state)
                other = max((alike[n], n) for n, ref in refs.items() if ref[0] != state)
                if mine[0] >= 0.90 and mine[0] > other[0]:
                    break
                if time.monotonic() > deadline:
                    raise Failed(f"{name}: after the keys {' '.join(keys)} the screen is not '{state}' within "
                                 f"{timeout} s: {mine[0]:.0%} like {refs[mine[1]][1]}, {other[0]:.0%} like "
                                 f"'{refs[other[1]][0]}' ({refs[other[1]][1]}); the screen: {path}")
                time.sleep(2)

    def offscreen(self, out, lines, data, args=(), env=None):
        """The same arm64 binary as the VM's, headless under qemu-user, playing a script
        (lines) at the VM's screen size; its screenshots go to out."""
        script = os.path.join(out, "script.txt")
        with open(script, "w") as f:
            f.write("\n".join(lines) + "\n")
        # (no board USB helper here: the --usb folder is written directly)
        env = dict(os.environ, QEMU_LD_PREFIX="/", SDL_AUDIODRIVER="dummy",
                   KIOSK_USB_CONTROL=os.path.join(out, "no-usb-helper"), **(env or {}))
        self.host("qemu-aarch64-static", self.args.kiosk, "run", "--headless", "--size", "800x480",
                  "--data", data, "--lessons", "lessons", "--input", script, "--screenshots", out, *args, env=env)

    def plug(self, ident, image):
        self.vm.qmp.cmd("blockdev-add", driver="raw", **{"node-name": ident},
                        file={"driver": "file", "filename": image})
        self.vm.qmp.cmd("device_add", driver="usb-storage", id=ident, drive=ident, bus="xhci.0")

    def unplug(self, ident):
        self.vm.qmp.cmd("device_del", id=ident)
        self.vm.wait_for(f"{ident} removed", lambda: any(
            e.get("event") == "DEVICE_DELETED" and e.get("data", {}).get("device") == ident
            for e in self.vm.qmp.poll_events()), 60, 0.5)
        self.vm.qmp.cmd("blockdev-del", **{"node-name": ident})

    def host(self, *cmd, **kw):
        return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout

    # ---- cases ------------------------------------------------------------------------
    def case_ready(self):
        v = self.boot()
        u = v.wait_ready(self.args.timeout)
        t = v.unit("ActiveEnterTimestampMonotonic", "ExecMainStartTimestampMonotonic")
        frame = int(t["ActiveEnterTimestampMonotonic"]) / 1e6
        unit = frame - int(t["ExecMainStartTimestampMonotonic"]) / 1e6
        self.first_frame = frame
        renderer = [line for line in self.journal().splitlines() if "display:" in line]
        self.note(f"boot to first frame (READY=1): {frame:.1f} s after the kernel started, "
                  f"{unit:.1f} s after the kiosk started; {renderer[-1] if renderer else 'renderer not logged'}")
        check(u["ActiveState"] == "active", f"kiosk.service is {u['ActiveState']}")
        check(u["NRestarts"] == "0", f"the kiosk needed {u['NRestarts']} restarts to show its first frame")

    def case_screendump(self):
        v = self.machine()
        shot = v.screendump(os.path.join(self.work, "first-frame.png"))
        got = picture.read_png(shot)
        dark, colours, _ = picture.stats(got)
        check(dark < 0.5 and colours > 8, f"the screen is black or blank ({dark:.0%} dark, {colours} colours): {shot}")
        # the attract screen highlights its languages in turn: the best of its phases
        alike, want = max((picture.likeness(got, picture.read_png(w)), w)
                          for w in self.offscreen_attract(got[0], got[1]))
        self.note(f"first frame vs the offscreen render of the attract screen: {alike:.1%} of pixels alike "
                  f"({shot}, {want})")
        check(alike >= 0.90, f"the first frame is not the attract screen: only {alike:.1%} of its pixels match "
                             f"the offscreen render ({shot} vs {want})")

    def offscreen_attract(self, width, height):
        """The attract screen drawn by the same arm64 binary, headless, under qemu-user."""
        check((width, height) == (800, 480), f"the VM's screen is {width}x{height}, not the 800x480 of vm.py")
        out = os.path.join(self.work, "offscreen")
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(os.path.join(out, "data"))
        self.offscreen(out, ["expect attract"] + [f"shot attract-{i}\nwait 2.5" for i in range(4)],
                       os.path.join(out, "data"))
        return [os.path.join(out, f"attract-{i}.png") for i in range(4)]

    def case_usb_fat(self):
        self.usb_case("fat", "vfat")

    def case_usb_ext4(self):
        self.usb_case("ext4", "ext4")

    def usb_case(self, kind, fstype):
        v = self.machine()
        image = os.path.join(self.work, f"stick-{kind}.img")
        self.make_stick(kind, image)
        self.plug(f"stick{kind}", image)
        try:
            self.usb_export(v, kind, fstype)
        except (Failed, VMError):
            try:  # the next case must not find this stick still in
                self.unplug(f"stick{kind}")
            except (VMError, OSError):
                pass
            raise
        self.unplug(f"stick{kind}")
        files = self.stick_files(kind, image)
        for name in ("SHA512SUMS", "stats.db", "HEALTH.txt", "runs.csv"):
            check(any(f.endswith("/" + name) for f in files), f"{name} is not on the stick: {files}")

    def usb_export(self, v, kind, fstype):
        mount = v.wait_for("the stick mounted by the udev rule", lambda: v.out(
            "findmnt -n -o FSTYPE,OPTIONS /media/kiosk-usb || true"), 60)
        check(mount.split()[0] == fstype, f"the stick is mounted as {mount.split()[0]}, not {fstype}")
        check("ro" in mount.split()[1].split(","), f"the stick is not mounted read-only: {mount}")
        outcome = self.export_to_stick(kind)
        v.screendump(os.path.join(self.work, f"export-{kind}.png"))
        check("exported to" in outcome, f"the export failed: {outcome}")
        gone = v.out("findmnt -n /media/kiosk-usb || true")
        check(gone == "", f"the stick is still mounted after 'you can remove it': {gone}")
        rw = self.journal("kiosk-usb-rw.service")
        check("writable for the export" in rw, f"the stick was not made writable: {rw[-300:]}")

    def make_stick(self, kind, image):
        if os.path.exists(image):
            os.unlink(image)
        if kind == "fat":
            self.host("mkfs.vfat", "-F", "32", "-n", "STICK", "-C", image, str(64 * 1024))
            return
        stage = os.path.join(self.work, "ext4-stage")
        shutil.rmtree(stage, ignore_errors=True)
        os.makedirs(stage)
        with open(os.path.join(stage, "README.txt"), "w") as f:
            f.write("a stick made on a Linux computer by user 1000\n")
        for root, dirs, names in os.walk(stage):
            for n in dirs + names + [""]:
                os.chown(os.path.join(root, n), 1000, 1000)
        self.host("mkfs.ext4", "-q", "-L", "STICK", "-d", stage, image, "64M")

    def stick_files(self, kind, image):
        if kind == "fat":
            return self.host("mdir", "-/", "-b", "-i", image, "::/kiosk-export").split()
        dest = os.path.join(self.work, "ext4-out")
        shutil.rmtree(dest, ignore_errors=True)
        os.makedirs(dest)
        self.host("debugfs", "-R", f"rdump /kiosk-export {dest}", image)
        owner = self.host("debugfs", "-R", "stat /kiosk-export", image)
        with open(os.path.join(self.images, "kiosk-uid")) as f:
            uid = f.read().split(":")[0].strip()
        found = re.search(r"User:\s+(\d+)", owner)
        check(found and found.group(1) == uid,
              f"kiosk-export on the ext4 stick is not the kiosk's (uid {uid}): {owner.splitlines()[:3]}")
        out = []
        for root, _, names in os.walk(os.path.join(self.work, "ext4-out")):
            out += [os.path.join(root, n) for n in names]
        return out

    def case_watchdog(self):
        v = self.machine()
        self.wait_healthy()
        before = v.unit("MainPID", "NRestarts")
        t0 = time.monotonic()
        v.out(f"kill -STOP {before['MainPID']}")
        u = self.restarted(before["MainPID"], self.args.timeout)
        took = time.monotonic() - t0
        self.note(f"a frozen (SIGSTOPped) kiosk was restarted and drew again {took:.0f} s later")
        check(int(u["NRestarts"]) == int(before["NRestarts"]) + 1, f"NRestarts {before['NRestarts']} -> {u['NRestarts']}")
        check("watchdog" in self.health(), "the watchdog kill is not in the kiosk's exit record")

    def case_safe_mode(self):
        v = self.machine()
        boot = v.boot_id()
        # A start that ran 30 s after its first frame is a good one (HEALTH_OK_MS). Under
        # TCG systemd took up to ~18 s to take in READY=1, so a crash soon after it was
        # seen could come after the start had counted as good (seen: no safe mode after
        # three crashes). Only a crash of a start not yet good counts, checked in the
        # same guest command as the kill; a start that became good clears the count.
        failed, tries = 0, 0
        while failed < 3:
            tries += 1
            check(tries <= 8, f"only {failed} of 8 starts could be crashed before they counted as good")
            u = v.wait_ready(self.args.timeout)
            check(u["StatusText"] != "safe mode", f"safe mode after only {failed} failed starts")
            said = v.out(f"if grep -qx 'starting 1' {DATA}/health; then kill -SEGV {u['MainPID']} && echo crashed; "
                         f"else kill -SEGV {u['MainPID']} && echo late; fi")
            failed = failed + 1 if said == "crashed" else 0  # a good start starts the count again
            v.wait_for("the crashed kiosk gone", lambda: v.unit("MainPID")["MainPID"] != u["MainPID"], 60, 1)
        u = v.wait_ready(self.args.timeout)
        check(u["StatusText"] == "safe mode", f"after 3 crashed starts the kiosk is not in safe mode: '{u['StatusText']}'")
        check(v.boot_id() == boot, "the machine rebooted: a failing kiosk must never reboot it")
        log = self.journal()
        check("safe mode (" in log and "3 failed starts in a row" in log, "safe mode and its reason are not in the journal")
        time.sleep(40)  # past the point where a start counts as good: it stays up
        again = v.unit("ActiveState", "MainPID")
        check(again["MainPID"] == u["MainPID"] and again["ActiveState"] == "active",
              f"safe mode did not stay up: {again}")
        self.staff_menu("safe-mode-staff")  # its shots are the offscreen kiosk's in the same safe mode
        v.keys("esc")
        report = v.out(f"runuser -u kiosk -- {KIOSK} health --data {DATA}")
        check("Safe mode: 3 failed starts" in report and "SEGV" in report, f"kiosk health says: {report}")

    def case_read_only_root(self):
        v = self.machine()
        v.out("echo written-before-reboot > /etc/kiosk-overlay-probe")
        self.play_lessons(1)
        runs = self.count_runs()
        check(runs >= 1, "no lesson run was recorded")
        old = v.boot_id()
        v.agent.spawn("systemctl reboot")
        v.wait_for("the machine back after the reboot", lambda: v.agent.sync(5) and v.boot_id() != old,
                   max(400, self.args.timeout), 2)
        v.wait_ready(self.args.timeout)
        check(v.out("findmnt -n -o FSTYPE /") == "overlay", "the root is not an overlay")
        check(v.out("test -e /etc/kiosk-overlay-probe && echo kept || echo gone") == "gone",
              "a file written to the read-only root survived the reboot")
        data = v.out(f"findmnt -n -o FSTYPE,OPTIONS {DATA}")
        check(data.startswith("ext4") and "rw" in data.split()[1].split(","), f"the data partition is not rw ext4: {data}")
        check(self.count_runs() == runs, f"the records did not survive the reboot: {runs} -> {self.count_runs()}")
        boots = v.out("journalctl --list-boots --no-pager | wc -l")
        check(int(boots) >= 2, "the journal of the boot before is gone: it is not kept on the data partition")
        boot = v.out("findmnt -n -o OPTIONS /boot/firmware")
        check("ro" in boot.split(","), f"the boot partition is writable in service: {boot}")

    def case_hardware_watchdog(self):
        v = self.machine()
        old = v.boot_id()
        state = v.out("cat /sys/class/watchdog/watchdog0/state 2>/dev/null || echo none")
        check(state == "active", f"no hardware watchdog armed (watchdog0 state: {state})")
        v.qmp.poll_events()
        v.qmp.events.clear()
        v.agent.spawn("echo c > /proc/sysrq-trigger")
        ev = v.wait_for("qemu's watchdog to fire", lambda: [e for e in v.qmp.poll_events() if e.get("event") == "WATCHDOG"],
                        180, 1)
        check(ev[0]["data"].get("action") == "reset", f"the watchdog did {ev[0]['data']}")
        v.wait_for("the machine back after the reset", lambda: v.agent.sync(5) and v.boot_id() != old,
                   max(400, self.args.timeout), 2)
        u = v.wait_ready(self.args.timeout)
        check(u["StatusText"] != "safe mode", "after a hardware reset the kiosk started in safe mode")

    def play_lessons(self, n):
        for _ in range(n):
            self.vm.out(f"runuser -u kiosk -- {KIOSK} play {LESSONS}/core/l01_message_real --headless --auto first "
                        f"--data {DATA} >/dev/null 2>&1", 300)

    def count_runs(self):
        # (double quotes outside: single ones inside single ones ended the SQL's string,
        # so the count was an error, read as 0, and the power-cut case waited in vain)
        return int(self.vm.out(f"sqlite3 -readonly {DATA}/stats.db \"SELECT count(*) FROM runs WHERE outcome = "
                               f"'completed'\" 2>/dev/null || echo 0"))

    def after_power_cut(self):
        v = self.boot(name=f"boot{self.boots + 1}-after-power-cut")
        v.wait_ready(self.args.timeout)
        # (a kiosk without its partition is right to start: the records would look lost)
        data = v.out(f"findmnt -n -o SOURCE,FSTYPE {DATA} || true")
        check(data.endswith("ext4"), f"the data partition is not mounted on {DATA} after the power cut "
                                     f"(findmnt: '{data}'; a device timeout of a slow boot?)")
        integrity = v.out(f"sqlite3 {DATA}/stats.db 'PRAGMA integrity_check'")
        check(integrity == "ok", f"the statistics database is damaged: {integrity}")
        damaged = v.out(f"ls {DATA} | grep -c '^stats-damaged' || true")
        check(damaged == "0", "the kiosk found its database damaged and set it aside")
        return v

    def case_power_cut_lesson(self):
        v = self.machine()
        before = self.count_runs()
        v.agent.spawn(f"while true; do runuser -u kiosk -- {KIOSK} play {LESSONS}/core/l01_message_real --headless "
                      f"--auto random:$(od -An -N2 -tu2 /dev/urandom | tr -d \" \") --data {DATA} >/dev/null 2>&1; done")
        v.wait_for("lessons being recorded", lambda: self.count_runs() >= before + 2, 600, 2)
        acknowledged = self.count_runs()
        time.sleep(random.uniform(0, 3))
        v.kill()
        self.note(f"power cut while lessons were recorded: {acknowledged} runs acknowledged before the cut")
        self.after_power_cut()
        after = self.count_runs()
        check(after >= acknowledged, f"acknowledged runs were lost: {acknowledged} before the cut, {after} after")

    def case_power_cut_pack(self):
        v = self.machine()
        image = os.path.join(self.work, "stick-packs.img")
        check(os.path.exists(image), f"no pack stick {image} (make test-system makes it)")
        self.plug("packs", image)
        # by its label: the stick of a failed case before may still be going away
        v.wait_for("the pack stick mounted", lambda: v.out("findmnt -n -o LABEL /media/kiosk-usb || true") == "PACKS", 120)
        install = f"runuser -u kiosk -- {KIOSK} pack install /media/kiosk-usb/kiosk-packs/{{}} --data {DATA}"
        v.out(install.format("core-2"), 600)
        check("2.0.0" in self.pack_list(), f"version 2 did not install: {self.pack_list()}")
        v.agent.spawn(install.format("core-3") + " >/dev/null 2>&1")
        v.wait_for("the install under way", lambda: v.out(f"ls -a {DATA}/packs | grep -c '^.staging-' || true") != "0", 300, 0.3)
        time.sleep(random.uniform(0, 2))
        v.kill()
        v = self.after_power_cut()
        listed = self.pack_list()
        version = "3.0.0" if "3.0.0" in listed else "2.0.0" if "2.0.0" in listed else None
        self.note(f"power cut during a pack install: the library holds core {version} afterwards")
        check(version, f"the pack library holds neither the old nor the new version: {listed}")
        verified = v.sh(f"runuser -u kiosk -- {KIOSK} pack verify {DATA}/packs/core@{version} "
                        f"--trust {DATA}/trusted-keys/program.pub")
        check(verified[0] == 0, f"the active pack does not verify: {verified[1]}")
        left = v.out(f"ls -a {DATA}/packs | grep -c '^.staging-' || true")
        check(left == "0", "a half-copied pack was left behind")

    def pack_list(self):
        return self.vm.out(f"runuser -u kiosk -- {KIOSK} pack list --data {DATA} --lessons {LESSONS}")

    def case_no_data_partition(self):
        v = self.boot(data=False, name=f"boot{self.boots + 1}-no-data")
        u = v.wait_ready(self.args.timeout)
        check(u["StatusText"] == "data partition missing", f"the kiosk does not say its data partition is missing: "
                                                            f"'{u['StatusText']}'")
        log = self.journal()
        check("is not mounted: statistics are off" in log, "the journal does not say why nothing is saved")
        # No data partition, no PIN (kiosk.lua is on it): the first staff member chooses
        # one, and the staff menu then gives the reason, a notice above its buttons. The
        # offscreen kiosk is told by a fstab of its own that its data folder is an
        # unmounted partition; one with its data folder draws the menu without it.
        pin = "739164"
        route = first_pin_route(pin)
        mount = os.path.join(self.work, "no-data-mount")
        os.makedirs(mount, exist_ok=True)
        fstab = os.path.join(self.work, "no-data-fstab")
        with open(fstab, "w") as f:
            f.write(f"LABEL=kiosk-data {mount} ext4 defaults,noatime,nofail 0 2\n")
        refs = self.references("no-data", route, data=mount, env={"KIOSK_FSTAB": fstab})
        fresh = os.path.join(self.work, "with-data")
        shutil.rmtree(fresh, ignore_errors=True)
        os.makedirs(fresh)
        without = self.references("with-data", route, data=fresh)["step-3"]
        self.drive("no-data-staff", route, refs)
        got = picture.read_png(os.path.join(self.work, f"no-data-staff-{len(route)}.png"))
        check(picture.stats(got)[0] < 0.5, "the screen is black without the data partition")
        alike, where = picture.likeness_where(got, refs["step-3"][2], without[2])
        check(where > 1000, f"the offscreen staff menus with and without the notice differ in only {where} pixels "
                            f"({refs['step-3'][1]}, {without[1]})")
        self.note(f"no data partition: the staff menu's notice is {alike:.1%} like the offscreen one's "
                  f"(in the {where} pixels where a staff menu without it differs)")
        check(alike >= 0.90, f"the staff menu does not say the data partition is missing: only {alike:.1%} of the "
                             f"notice's pixels match ({os.path.join(self.work, 'no-data-staff-3.png')} vs "
                             f"{refs['step-3'][1]})")

    # ---- running ------------------------------------------------------------------------
    def note(self, text):
        self.notes.append(text)
        print(f"     {text}", flush=True)

    def run(self, names):
        for name in names:
            fn = getattr(self, "case_" + name.replace("-", "_"))
            t0 = time.monotonic()
            try:
                fn()
                self.passed += 1
                print(f"ok   {name} ({time.monotonic() - t0:.0f} s)", flush=True)
            except (Failed, VMError, subprocess.CalledProcessError, OSError, ValueError, KeyError) as e:
                self.failed += 1
                msg = e.stderr.strip() if isinstance(e, subprocess.CalledProcessError) and e.stderr else str(e)
                print(f"FAIL {name} ({time.monotonic() - t0:.0f} s): {msg}", flush=True)
                if self.vm:
                    tail = self.vm.console_text().splitlines()[-15:]
                    print("     console: " + "\n     console: ".join(tail), flush=True)
                    # a machine a case left hung would fail every case after it in seconds:
                    # the next case powers on a fresh one (machine() boots when none runs)
                    self.vm.kill()
        if self.vm:
            self.vm.stop()
        print(f"{self.passed} passed, {self.failed} failed")
        return 1 if self.failed else 0


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("images", help="folder with root.img, boot.img, data.img, vmlinuz, initrd.img, cmdline.txt")
    p.add_argument("work", help="folder for this run's logs, disks and screendumps")
    p.add_argument("--kiosk", default="build/arm64/kiosk", help="the arm64 kiosk (for the offscreen render)")
    p.add_argument("--cases", default="all", help="ci, all, or names separated by commas")
    p.add_argument("--timeout", type=int, default=420, help="seconds for a boot to reach the first frame")
    args = p.parse_args()
    names = CI_CASES if args.cases == "ci" else ALL_CASES if args.cases == "all" else args.cases.split(",")
    unknown = [n for n in names if n not in ALL_CASES]
    if unknown:
        p.error(f"unknown cases: {', '.join(unknown)} (known: {', '.join(ALL_CASES)})")
    os.makedirs(args.work, exist_ok=True)
    subprocess.run(["cp", "--sparse=always", os.path.join(args.images, "data.img"), os.path.join(args.work, "data.img")],
                   check=True)
    random.seed(os.environ.get("KIOSK_SYSTEM_SEED") or None)
    sys.exit(Suite(args).run(names))


if __name__ == "__main__":
    main()
