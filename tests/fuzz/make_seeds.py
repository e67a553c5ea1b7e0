#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpus (corpus/<target>/): small realistic
inputs in each target's own input format (see the comment at the top of each
fuzz_<target>.cpp), valid ones, truncated ones and garbage. Run it again
after changing an input format; regression seeds (inputs a fuzzer found) are
added by hand as corpus/<target>/regression-*."""

import base64
import hashlib
import hmac
import os
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
SECRET = b"linli fuzz installation secret, 32 bytes or more"  # as in fuzz_token.cpp


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def token(kind, ident, day, generation=1):
    key = hmac.new(SECRET, b"linli qr token v1", hashlib.sha256).digest()
    gen = f"{generation}:" if generation > 1 else ""
    signed = f"LL1:{kind}:{ident}:{gen}{day}"
    sig = base64.b32encode(hmac.new(key, signed.encode(), hashlib.sha256).digest()[:15]).decode()
    return f"{signed}:{sig}"


# --- keyboard wedge: steps 0-11 an 8-byte report, 12 flush, 13 short report, 14 reset, 15 typed text
USAGE = {c: 0x04 + i for i, c in enumerate("abcdefghijklmnopqrstuvwxyz")}
USAGE.update({c: 0x1E + i for i, c in enumerate("1234567890")})
USAGE.update({":": 0x33, " ": 0x2C, "-": 0x2D})


def key_report(ch):
    mod = 0
    if ch.isupper() or ch == ":":
        mod = 0x02
    usage = USAGE[ch.lower()] if ch != ":" else 0x33
    return bytes([0, mod, 0, usage, 0, 0, 0, 0, 0])


def typed(text, enter=True):
    out = b""
    for ch in text:
        out += key_report(ch) + bytes([0, 0, 0, 0, 0, 0, 0, 0, 0])  # press, release
    if enter:
        out += bytes([0, 0, 0, 0x28, 0, 0, 0, 0, 0]) + bytes(9)
    return out


write("hid_wedge", "card-decimal", typed("3283263748"))
write("hid_wedge", "card-hex-gap", typed("04A1B2C3", enter=False) + b"\x0c")
write("hid_wedge", "token", typed(token("D", 1, "20261127")))
write("hid_wedge", "rollover", typed("0123", enter=False) + bytes([0, 0, 0, 1, 1, 1, 1, 1, 1]) + typed("45"))
write("hid_wedge", "short-report", typed("12", enter=False) + bytes([13, 4, 0, 0, 0x1E, 0]) + typed("3") + b"\x0c")
write("hid_wedge", "held-and-reset", bytes([0, 0, 0, 4, 0, 0, 0, 0, 0]) * 3 + b"\x0e" + typed("7"))
write("hid_wedge", "typed-text", b"\x0f\x0c 04a1b2c3d4e5f6 " + b"\x0f\x0a4294967296")

# --- HID POS: a layout byte (0 Honeywell, 1 length first, 2 zero padded), then size byte + report
def honeywell(data, continued=False, aim=b"]Q1"):
    r = bytearray(64)
    r[0] = 2
    r[1] = len(data)
    r[2:5] = aim
    r[5:5 + len(data)] = data
    r[61] = ord("s")
    r[63] = 1 if continued else 0
    return bytes([64]) + bytes(r)


def length_first(data, continued=False):
    r = bytearray(64)
    r[0] = 2
    r[1] = len(data)
    r[2:2 + len(data)] = data
    r[62] = ord("Q")
    r[63] = 1 if continued else 0
    return bytes([64]) + bytes(r)


def padded(data):
    r = bytearray(64)
    r[0] = 3
    r[1:4] = b"]Q1"
    r[4:4 + len(data)] = data
    return bytes([64]) + bytes(r)


code = token("R", 12, "20261202", 2).encode()
write("hid_pos", "honeywell-one", b"\x00" + honeywell(code))
write("hid_pos", "honeywell-continued", b"\x00" + honeywell(b"A" * 56, True) + honeywell(b"B" * 10))
write("hid_pos", "honeywell-dropped-first", b"\x00" + honeywell(b"\x01bad", True) + honeywell(b"tail"))
write("hid_pos", "honeywell-truncated", b"\x00" + bytes([20]) + honeywell(code)[1:21] + honeywell(b"next"))
write("hid_pos", "length-first-utf8", b"\x01" + length_first("邻里 9787111".encode()))
write("hid_pos", "length-first-bad-utf8", b"\x01" + length_first(b"\xc3\x28abc"))
write("hid_pos", "padded", b"\x02" + padded(b"9787111213826"))
write("hid_pos", "padded-junk-after", b"\x02" + padded(b"978\x00\x00x"))

# --- serial: 0xFF flush, else n -> a transfer of n % 64 bytes
def transfer(b):
    assert len(b) < 64
    return bytes([len(b)]) + b


write("serial_scanner", "crlf", transfer(token("D", 3, "20261127").encode() + b"\r\n"))
write("serial_scanner", "split-cr", transfer(b"97871112") + transfer(b"13826\r") + transfer(b"\nLL"))
write("serial_scanner", "pause", transfer(b"04A1B2C3") + b"\xff")
write("serial_scanner", "control-byte", transfer(b"ab\x07cd\rok\r"))
write("serial_scanner", "utf8", transfer("取餐码 4821\n".encode()) + transfer(b"\xe5\x8f\r"))
write("serial_scanner", "regression-c1-and-bom", transfer(b"\xc2\x85x\r\xef\xbb\xbf\r"))

# --- CCID: selector (0 power on, 1 GET DATA, 2 slot change, 3 built UID), slot, seq, message
def block(payload, slot=0, seq=5, status=0, error=0):
    return bytes([0x80]) + struct.pack("<I", len(payload)) + bytes([slot, seq, status, error, 0]) + payload


write("ccid", "power-on-atr", b"\x00\x00\x05" + block(bytes.fromhex("3b8f8001804f0ca000000306030001000000006a")))
write("ccid", "power-on-no-card", b"\x00\x00\x05" + block(b"", status=0x42, error=0xFE))
write("ccid", "uid-4", b"\x01\x00\x05" + block(bytes.fromhex("04a1b2c39000")))
write("ccid", "uid-7", b"\x01\x00\x05" + block(bytes.fromhex("04112233445566 9000".replace(" ", ""))))
write("ccid", "uid-no-card", b"\x01\x00\x05" + block(bytes.fromhex("6300")))
write("ccid", "uid-wrong-seq", b"\x01\x00\x05" + block(bytes.fromhex("04a1b2c39000"), seq=4))
write("ccid", "uid-bad-length", b"\x01\x00\x05" + bytes.fromhex("801000000000050000009000"))
write("ccid", "time-extension", b"\x01\x00\x05" + block(b"", status=0x80, error=1))
write("ccid", "slot-change", b"\x02\x00\x00" + bytes.fromhex("5003"))
write("ccid", "slot-change-short", b"\x02\x05\x00" + bytes.fromhex("50"))
write("ccid", "built-uid", b"\x03\x00\x07" + bytes.fromhex("04a1b2c3d4e5f6"))

# --- ESC/POS status: triples (printer, offline cause, roll paper)
write("escpos_status", "ready", bytes([0x12, 0x12, 0x12]))
write("escpos_status", "faults", bytes([0x1A, 0x12, 0x12, 0x12, 0x16, 0x12, 0x12, 0x12, 0x7E, 0x12, 0x32, 0x1E]))
write("escpos_status", "not-status", bytes([0x00, 0x12, 0x12, 0x12, 0xFF, 0x12]))

# --- tokens: mode byte even = text, odd = fields (type, id size, id, gen size, gen, day[3], change)
write("token", "resident", b"\x00" + token("R", 1, "20261127").encode())
write("token", "driver-gen2", b"\x00" + token("D", 12, "20261202", 2).encode())
write("token", "item", b"\x00" + b"  " + token("I", 7, "20261101").encode() + b"\n")
write("token", "future", b"\x00" + token("R", 1, "20270101").encode())
write("token", "lower-case", b"\x00" + token("R", 1, "20261127").lower().encode())
write("token", "truncated", b"\x00" + token("D", 1, "20261127").encode()[:30])
write("token", "gen-1", b"\x00" + token("R", 1, "20261127").replace("LL1:R:1:", "LL1:R:1:1:").encode())
write("token", "bad-date", b"\x00" + token("R", 1, "20260230").encode())
write("token", "not-ours", b"\x00https://pay.example.cn/q/8812")
write("token", "issued-changed", b"\x01\x03\x02\x01\x00\x01\x02\x01\x00\x10\x00\x05\x41")
write("token", "issued-padded", b"\x01\x01\x08\x00\x00\x00\xe8\xd4\xa5\x0f\xff\x03\x0f\x42\x3f\x0b\x00\x00\x01\x02" + "\u3000".encode())

# --- scan text: mode % 4 (0 text, 1 ISBN, 2 order code, 3 issued code)
write("scan_text", "isbn", b"\x00 9787111213826 ")
write("scan_text", "isbn-wrong-check", b"\x009787111213827")
write("scan_text", "isbn-built", b"\x01\x01" + bytes(range(9)) + b"\x00")
write("scan_text", "isbn-built-wrong", b"\x01\x00" + bytes(range(9)) + b"\x03")
write("scan_text", "order-code", b"\x00LLO:20261127:23:4821")
write("scan_text", "order-code-built", b"\x02\x50\x17\x00\x30\x15")
write("scan_text", "item-label", b"\x00" + token("I", 7, "20261101").encode())
write("scan_text", "visit", b"\x00" + token("V", 31, "20261127").encode())
write("scan_text", "resident-gen3", b"\x00" + token("R", 2, "20261127", 3).encode())
write("scan_text", "issued", b"\x03\x01\x05\x00\x00\x02\x09")
write("scan_text", "garbage", b"\x00\xff\xfe\x00LL1:")
