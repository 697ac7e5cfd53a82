"""The private key's passphrase is stretched by scrypt at about half a second (not PBKDF2 at 2,048
iterations); keys of the old form still open and are rewrapped, atomically, on their first unlock."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dvc_desktop.package import keys as keyfiles

PASS = "mật khẩu dài đủ"


def envelope(path):
    data = path.read_bytes()
    assert data.startswith(keyfiles.ARMOUR_BEGIN) and data.endswith(keyfiles.ARMOUR_END)
    return json.loads(data[len(keyfiles.ARMOUR_BEGIN):-len(keyfiles.ARMOUR_END)])


def test_a_key_made_by_the_program_is_wrapped_with_scrypt_at_the_measured_cost(tmp_path):
    env = dict(os.environ, PYTHONUTF8="1", DVC_KEY_PASSPHRASE=PASS)
    command = [sys.executable, "-m", "dvc_desktop", "--data-dir", str(tmp_path / "unit"), "init", "--role",
               "department", "--unit-code", "000.00.13.H42", "--unit-name", "Sở Tư pháp", "--province-code", "H42"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    key_file = tmp_path / "unit" / "keys" / keyfiles.PRIVATE_FILE
    document = envelope(key_file)
    assert document["kdf"]["name"] == "scrypt" and document["cipher"] == "chacha20-poly1305"
    assert (document["kdf"]["n"], document["kdf"]["r"], document["kdf"]["p"]) == (2 ** 17, 8, 1)
    started = time.perf_counter()
    keyfiles.unlock(key_file.parent, PASS)
    assert time.perf_counter() - started > 0.1  # each guess costs (0.5 s on the reference machine)


def test_a_wrong_passphrase_is_said_so(tmp_path):
    keyfiles.generate(tmp_path, PASS)
    with pytest.raises(keyfiles.SigningKeyError, match="Mật khẩu khóa không đúng"):
        keyfiles.unlock(tmp_path, "mật khẩu khác hẳn")


def test_edited_parameters_do_not_open_the_key(tmp_path):
    keyfiles.generate(tmp_path, PASS)
    path = tmp_path / keyfiles.PRIVATE_FILE
    document = envelope(path)
    document["kdf"]["n"] = 2 ** 10  # an attacker lowering the cost to guess faster
    path.write_bytes(keyfiles.ARMOUR_BEGIN + json.dumps(document).encode() + b"\n" + keyfiles.ARMOUR_END)
    with pytest.raises(keyfiles.SigningKeyError):
        keyfiles.unlock(tmp_path, PASS)
    document["kdf"]["n"] = 2 ** 30  # or asking for more memory than a machine has
    path.write_bytes(keyfiles.ARMOUR_BEGIN + json.dumps(document).encode() + b"\n" + keyfiles.ARMOUR_END)
    with pytest.raises(keyfiles.DamagedKeyError):
        keyfiles.unlock(tmp_path, PASS)


def test_an_old_pbkdf2_key_opens_and_is_rewrapped_on_its_first_unlock(tmp_path):
    generated = keyfiles.generate(tmp_path, PASS)
    path = tmp_path / keyfiles.PRIVATE_FILE
    private = keyfiles.unlock(tmp_path, PASS)
    old = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.BestAvailableEncryption(PASS.encode()))  # what versions before wrote
    path.write_bytes(old)
    with pytest.raises(keyfiles.SigningKeyError):
        keyfiles.unlock(tmp_path, "sai mật khẩu rồi")
    assert path.read_bytes() == old  # a failed unlock changes nothing
    opened = keyfiles.unlock(tmp_path, PASS)
    assert keyfiles.verify_key_pair(opened, generated)
    assert envelope(path)["kdf"]["name"] == "scrypt"
    assert oct(path.stat().st_mode & 0o777) == oct(0o600) or os.name == "nt"
    assert not [p for p in tmp_path.iterdir() if ".partial" in p.name]
    again = keyfiles.unlock(tmp_path, PASS)
    assert again.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                               serialization.NoEncryption()) == opened.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    assert isinstance(again, Ed25519PrivateKey)
