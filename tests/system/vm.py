"""vm.py — one arm64 virtual machine of the system test: qemu-system-aarch64 (TCG, no
KVM), its QMP monitor (screendumps, keys, USB hot-plug, watchdog events) and the guest
agent inside it (commands, files). Standard library only."""

import base64
import json
import os
import shlex
import signal
import socket
import subprocess
import time


class VMError(Exception):
    pass


class Channel:
    """A JSON-lines socket: QMP (events arrive between replies) or the guest agent."""

    def __init__(self, path, timeout=60):
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.monotonic() > deadline:
                    raise VMError(f"cannot connect to {path}")
                time.sleep(0.2)
        self.buf = b""
        self.events = []

    def send(self, obj):
        self.sock.sendall(json.dumps(obj).encode() + b"\n")

    def read(self, timeout):
        """One JSON object, or None after timeout seconds."""
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                chunk = self.sock.recv(65536)
            except socket.timeout:
                return None
            if not chunk:
                raise VMError("the channel closed")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        line = line.strip().lstrip(b"\xff")
        if not line:
            return self.read(max(0.0, deadline - time.monotonic()))
        return json.loads(line)

    def close(self):
        self.sock.close()


class QMP(Channel):
    def __init__(self, path):
        super().__init__(path)
        greeting = self.read(30)
        if not greeting or "QMP" not in greeting:
            raise VMError(f"no QMP greeting: {greeting}")
        self.cmd("qmp_capabilities")

    def cmd(self, name, timeout=60, **args):
        msg = {"execute": name}
        if args:
            msg["arguments"] = args
        self.send(msg)
        deadline = time.monotonic() + timeout
        while True:
            reply = self.read(max(0.1, deadline - time.monotonic()))
            if reply is None:
                raise VMError(f"QMP {name}: no answer in {timeout} s")
            if "event" in reply:
                self.events.append(reply)
                continue
            if "error" in reply:
                raise VMError(f"QMP {name}: {reply['error'].get('desc')}")
            return reply.get("return")

    def poll_events(self):
        while True:
            ev = self.read(0.05)
            if ev is None:
                return self.events
            if "event" in ev:
                self.events.append(ev)


class Agent(Channel):
    """qemu-guest-agent: run commands as root in the guest."""

    def sync(self, timeout):
        deadline = time.monotonic() + timeout
        n = 0
        while time.monotonic() < deadline:
            n += 1
            token = int(time.time() * 1000) % 100000000 + n
            try:
                self.send({"execute": "guest-sync-delimited", "arguments": {"id": token}})
                while True:
                    reply = self.read(3)
                    if reply is None:
                        break
                    if reply.get("return") == token:
                        return True
            except (OSError, VMError, ValueError):
                pass
            time.sleep(1)
        return False

    # 3 minutes: a guest whose two CPUs are busy with llvmpipe under TCG on a loaded
    # machine answered no command within 60 s while the kiosk was being restarted
    def call(self, name, timeout=180, **args):
        # a reply that came too late (or a guest reset in between) would otherwise be
        # taken for the next command's: resynchronise first
        if getattr(self, "stale", False):
            if not self.sync(timeout):
                raise VMError(f"guest agent {name}: no answer to a resync in {timeout} s")
            self.buf = b""
            self.stale = False
        msg = {"execute": name}
        if args:
            msg["arguments"] = args
        self.send(msg)
        reply = self.read(timeout)
        if reply is None:
            self.stale = True
            raise VMError(f"guest agent {name}: no answer in {timeout} s")
        if "error" in reply:
            raise VMError(f"guest agent {name}: {reply['error'].get('desc')}")
        return reply.get("return")

    def sh(self, command, timeout=120, check=False):
        """Runs command with /bin/sh -c as root; returns (status, stdout+stderr)."""
        pid = self.call("guest-exec", path="/bin/sh", arg=["-c", command], **{"capture-output": True})["pid"]
        deadline = time.monotonic() + timeout
        while True:
            st = self.call("guest-exec-status", pid=pid)
            if st.get("exited"):
                out = base64.b64decode(st.get("out-data", "")).decode(errors="replace")
                out += base64.b64decode(st.get("err-data", "")).decode(errors="replace")
                status = st.get("exitcode", 128 + st.get("signal", 0))
                if check and status != 0:
                    raise VMError(f"in the guest: {command!r} failed ({status}): {out.strip()[-400:]}")
                return status, out
            if time.monotonic() > deadline:
                raise VMError(f"in the guest: {command!r} still running after {timeout} s")
            time.sleep(0.3)

    def spawn(self, command):
        """Starts command in the background; returns at once."""
        return self.call("guest-exec", path="/bin/sh", arg=["-c", command])["pid"]


class VM:
    """qemu-system-aarch64 -M virt with the kiosk's disks. Start, use, kill or stop."""

    def __init__(self, images, work, name, data=True, smp=2, memory=1024):
        self.images = images
        self.work = work
        self.name = name
        self.data = data
        self.smp = smp
        self.memory = memory
        self.proc = None
        self.qmp = None
        self.agent = None
        self.console = os.path.join(work, f"{name}.console.log")
        self.started = None

    def command(self):
        img = self.images
        with open(os.path.join(img, "cmdline.txt")) as f:
            cmdline = f.read().strip()
        # root and boot disks are never written under overlayroot; snapshot=on makes sure
        # (the snapshot survives the guest's reboots, so a failing overlay would show)
        drives = [("root", os.path.join(img, "root.img"), "on"), ("boot", os.path.join(img, "boot.img"), "on")]
        if self.data:
            drives.append(("data", os.path.join(self.work, "data.img"), "off"))
        args = [
            "qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a72", "-smp", str(self.smp),
            "-m", str(self.memory), "-accel", "tcg,thread=multi",
            "-kernel", os.path.join(img, "vmlinuz"), "-initrd", os.path.join(img, "initrd.img"),
            "-append", cmdline,
            "-nodefaults", "-display", "none", "-serial", f"file:{self.console}",
            "-device", "virtio-gpu-pci,xres=800,yres=480",
            "-device", "i6300esb", "-action", "watchdog=reset",
            "-device", "qemu-xhci,id=xhci", "-device", "usb-kbd,bus=xhci.0",
            "-device", "usb-tablet,bus=xhci.0",
            "-chardev", f"socket,id=qmp,path={self.qmp_path},server=on,wait=off",
            "-mon", "chardev=qmp,mode=control",
            "-chardev", f"socket,id=qga,path={self.qga_path},server=on,wait=off",
            "-device", "virtio-serial-pci", "-device", "virtserialport,chardev=qga,name=org.qemu.guest_agent.0",
            "-rtc", "base=utc",
        ]
        for name, path, snap in drives:
            args += ["-drive", f"if=none,id={name},file={path},format=raw,snapshot={snap},cache=writeback",
                     "-device", f"virtio-blk-pci,drive={name}"]
        return args

    @property
    def qmp_path(self):
        return os.path.join(self.work, f"{self.name}.qmp")

    @property
    def qga_path(self):
        return os.path.join(self.work, f"{self.name}.qga")

    def start(self):
        for p in (self.qmp_path, self.qga_path, self.console):
            if os.path.exists(p):
                os.unlink(p)
        args = self.command()
        with open(os.path.join(self.work, f"{self.name}.cmd"), "w") as f:
            f.write(" ".join(shlex.quote(a) for a in args) + "\n")
        self.stderr = open(os.path.join(self.work, f"{self.name}.qemu.log"), "w")
        self.proc = subprocess.Popen(args, stdout=self.stderr, stderr=subprocess.STDOUT)
        self.started = time.monotonic()
        self.qmp = QMP(self.qmp_path)
        self.agent = Agent(self.qga_path)

    def wait_agent(self, timeout=400):
        if not self.agent.sync(timeout):
            raise VMError(f"the guest agent did not answer in {timeout} s (boot failed? see {self.console})")

    def sh(self, command, timeout=120, check=False):
        return self.agent.sh(command, timeout, check)

    def out(self, command, timeout=120):
        return self.agent.sh(command, timeout, check=True)[1].strip()

    def unit(self, *props, unit="kiosk.service"):
        """systemctl show PROPS of a unit, as a dict."""
        text = self.out(f"systemctl show {unit} -p {','.join(props)}")
        return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)

    def boot_id(self):
        return self.out("cat /proc/sys/kernel/random/boot_id")

    def wait_for(self, what, test, timeout, every=2.0):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            try:
                last = test()
                if last:
                    return last
            except VMError as e:
                last = e
            time.sleep(every)
        raise VMError(f"{what}: not within {timeout} s (last: {last})")

    def wait_ready(self, timeout=300):
        """Until kiosk.service is active: with Type=notify that is READY=1 (first frame)."""
        return self.wait_for("kiosk.service READY=1",
                             lambda: self.unit("ActiveState", "MainPID", "NRestarts", "StatusText")
                             if self.unit("ActiveState")["ActiveState"] == "active" else None, timeout)

    def screendump(self, path):
        if os.path.exists(path):
            os.unlink(path)
        self.qmp.cmd("screendump", filename=path, format="png")
        self.wait_for("screendump file", lambda: os.path.exists(path) and os.path.getsize(path) > 0, 30, 0.2)
        return path

    def keys(self, *names, hold_ms=80):
        """Presses keys through the USB keyboard: each name a qcode or a+b combination."""
        for name in names:
            combo = [{"type": "qcode", "data": k} for k in name.split("+")]
            self.qmp.cmd("send-key", keys=combo, **{"hold-time": hold_ms})
            time.sleep(0.4)

    def kill(self):
        """Pulls the plug: no sync, no shutdown."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        self.close()

    def stop(self, timeout=120):
        """A clean power-off through the guest, then qemu is gone."""
        if self.proc and self.proc.poll() is None:
            try:
                self.agent.spawn("systemctl poweroff")
            except (OSError, VMError):
                pass
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.close()

    def close(self):
        for ch in (self.qmp, self.agent):
            try:
                if ch:
                    ch.close()
            except OSError:
                pass
        self.qmp = self.agent = None
        if getattr(self, "stderr", None):
            self.stderr.close()
            self.stderr = None

    def console_text(self):
        try:
            with open(self.console, errors="replace") as f:
                return f.read()
        except OSError:
            return ""
