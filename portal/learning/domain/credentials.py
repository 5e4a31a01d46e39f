"""Open Badges 3.0 credentials signed with a Data Integrity proof (cryptosuite eddsa-jcs-2022).

Sources: JSON Canonicalization Scheme, RFC 8785; W3C Verifiable Credentials Data Model 2.0;
1EdTech Open Badges 3.0 (OpenBadgeCredential, AchievementSubject, Achievement); W3C Data
Integrity EdDSA Cryptosuites 1.0 §3.3 (eddsa-jcs-2022: hashData = SHA-256(JCS(proof config)) ||
SHA-256(JCS(document)), signed with Ed25519 (RFC 8032), proofValue in base58btc multibase);
W3C Controlled Identifiers 1.0 §2.2.2 (Multikey: multicodec 0xed01 + the 32-byte public key).
"""

import copy
import hashlib
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CONTEXTS = (VC_CONTEXT, OB_CONTEXT)
CRYPTOSUITE = "eddsa-jcs-2022"
PROOF_TYPE = "DataIntegrityProof"
PROOF_PURPOSE = "assertionMethod"
ED25519_PUBLIC_PREFIX = b"\xed\x01"
BASE58_ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
# Largest integer a JSON number keeps exactly (IEEE 754 double), RFC 8785 §3.2.2.3.
MAX_SAFE_INTEGER = 2**53 - 1


class CanonicalizationError(ValueError):
    """A value that RFC 8785 cannot serialise (NaN, infinity, huge integers, odd types)."""


# JSON Canonicalization Scheme ----------------------------------------------------------------


def _string(value: str) -> str:
    """ECMAScript JSON.stringify of a string (RFC 8785 §3.2.2.2)."""
    out = ['"']
    for char in value:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif char == "\b":
            out.append("\\b")
        elif char == "\f":
            out.append("\\f")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            raise CanonicalizationError("lone surrogate in string")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


def _number(value: float) -> str:
    """ECMAScript Number.prototype.toString (RFC 8785 §3.2.2.3, ECMA-262 §7.1.12.1)."""
    if math.isnan(value) or math.isinf(value):
        raise CanonicalizationError("NaN and infinity are not JSON")
    if value == 0:
        return "0"
    sign = "-" if value < 0 else ""
    # repr gives the shortest digits that round-trip, as ECMAScript requires.
    mantissa, _, exponent_text = repr(abs(value)).partition("e")
    whole, _, fraction = mantissa.partition(".")
    digits = whole + fraction
    point = len(whole) + int(exponent_text or 0)  # value = 0.<digits> * 10**point
    while len(digits) > 1 and digits.startswith("0"):
        digits = digits[1:]
        point -= 1
    digits = digits.rstrip("0") or "0"
    k, n = len(digits), point
    if k <= n <= 21:
        text = digits + "0" * (n - k)
    elif 0 < n <= 21:
        text = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        text = "0." + "0" * (-n) + digits
    else:
        exponent = n - 1
        mark = "+" if exponent >= 0 else "-"
        head = digits if k == 1 else digits[0] + "." + digits[1:]
        text = f"{head}e{mark}{abs(exponent)}"
    return sign + text


def canonical_json(value: object) -> str:
    """RFC 8785 serialisation: sorted keys (by UTF-16 code units), no whitespace."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        if abs(value) > MAX_SAFE_INTEGER:
            raise CanonicalizationError("integer too large for I-JSON")
        return str(value)
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, Mapping):
        items = []
        for key in sorted(value, key=_utf16_key):
            if not isinstance(key, str):
                raise CanonicalizationError("object keys must be strings")
            items.append(_string(key) + ":" + canonical_json(value[key]))
        return "{" + ",".join(items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(canonical_json(item) for item in value) + "]"
    raise CanonicalizationError(f"cannot serialise {type(value).__name__}")


def _utf16_key(key: object) -> bytes:
    return str(key).encode("utf-16-be", "surrogatepass")


def canonical_bytes(value: object) -> bytes:
    """The RFC 8785 serialisation as UTF-8 bytes (what gets hashed)."""
    return canonical_json(value).encode("utf-8")


# Multibase and Multikey ----------------------------------------------------------------------


def base58btc_encode(data: bytes) -> str:
    """Bitcoin's base58 alphabet; each leading zero byte becomes "1"."""
    number = int.from_bytes(data, "big")
    out = []
    while number:
        number, remainder = divmod(number, 58)
        out.append(BASE58_ALPHABET[remainder])
    zeros = len(data) - len(data.lstrip(b"\x00"))
    return "1" * zeros + "".join(reversed(out))


def base58btc_decode(text: str) -> bytes:
    """Inverse of base58btc_encode; ValueError on a character outside the alphabet."""
    number = 0
    for char in text:
        index = BASE58_ALPHABET.find(char)
        if index < 0:
            raise ValueError(f"not base58btc: {char!r}")
        number = number * 58 + index
    zeros = len(text) - len(text.lstrip("1"))
    body = number.to_bytes((number.bit_length() + 7) // 8, "big") if number else b""
    return b"\x00" * zeros + body


def multibase_encode(data: bytes) -> str:
    """Multibase with the base58btc prefix "z"."""
    return "z" + base58btc_encode(data)


def multibase_decode(text: str) -> bytes:
    """Decode a base58btc multibase value ("z…"); ValueError for any other base."""
    if not text.startswith("z"):
        raise ValueError("only base58btc multibase (z…) is supported")
    return base58btc_decode(text[1:])


def public_key_multibase(public_key: bytes) -> str:
    """An Ed25519 public key as Multikey publicKeyMultibase ("z6Mk…")."""
    if len(public_key) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return multibase_encode(ED25519_PUBLIC_PREFIX + public_key)


def public_key_from_multibase(text: str) -> bytes:
    """The 32 raw bytes of a Multikey Ed25519 public key."""
    data = multibase_decode(text)
    if len(data) != 34 or not data.startswith(ED25519_PUBLIC_PREFIX):
        raise ValueError("not an Ed25519 Multikey")
    return data[2:]


def public_key_of(seed: bytes) -> bytes:
    """The Ed25519 public key of a 32-byte private seed (RFC 8032 §5.1.5)."""
    return Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()


# Documents -----------------------------------------------------------------------------------


def xml_datetime(moment: datetime) -> str:
    """An aware datetime as XML Schema dateTime in UTC, to the second ("2026-12-04T09:30:00Z")."""
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True)
class Issuer:
    """The organisation that issues: its profile URL (also the base of its key ids)."""

    profile_url: str
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class Award:
    """What one credential says: who achieved what, when."""

    credential_id: str
    holder_name: str
    achievement_id: str
    achievement_name: str
    achievement_description: str
    criteria: str
    valid_from: datetime
    language: str = "vi"


def verification_method(issuer: Issuer, public_key: bytes) -> str:
    """The key's id: the issuer profile URL with the Multikey as fragment, so keys can rotate."""
    return f"{issuer.profile_url}#{public_key_multibase(public_key)}"


def issuer_profile(issuer: Issuer, public_keys: Sequence[bytes]) -> dict[str, Any]:
    """The issuer's Open Badges Profile, publishing its keys as Multikey verification methods."""
    methods = [
        {
            "id": verification_method(issuer, key),
            "type": "Multikey",
            "controller": issuer.profile_url,
            "publicKeyMultibase": public_key_multibase(key),
        }
        for key in public_keys
    ]
    return {
        "@context": [*CONTEXTS, "https://w3id.org/security/multikey/v1"],
        "id": issuer.profile_url,
        "type": ["Profile"],
        "name": issuer.name,
        "url": issuer.url,
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }


def open_badge_credential(
    award: Award, issuer: Issuer, *, credential_status: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """An unsigned OpenBadgeCredential (Open Badges 3.0 §B.1.1) for one award."""
    credential: dict[str, Any] = {
        "@context": list(CONTEXTS),
        "id": award.credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": award.achievement_name,
        "issuer": {
            "id": issuer.profile_url,
            "type": ["Profile"],
            "name": issuer.name,
            "url": issuer.url,
        },
        "validFrom": xml_datetime(award.valid_from),
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityHash": award.holder_name,
                    "identityType": "name",
                    "hashed": False,
                }
            ],
            "achievement": {
                "id": award.achievement_id,
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": award.achievement_name,
                "description": award.achievement_description,
                "criteria": {"narrative": award.criteria},
                "inLanguage": award.language,
            },
        },
    }
    if credential_status is not None:
        credential["credentialStatus"] = dict(credential_status)
    return credential


# Proofs (eddsa-jcs-2022) ---------------------------------------------------------------------


def _hash_data(document: Mapping[str, Any], proof_config: Mapping[str, Any]) -> bytes:
    """proofConfigHash || transformedDocumentHash (eddsa-jcs-2022 §3.3.4)."""
    proof_hash = hashlib.sha256(canonical_bytes(proof_config)).digest()
    document_hash = hashlib.sha256(canonical_bytes(document)).digest()
    return proof_hash + document_hash


def sign(
    document: Mapping[str, Any], *, seed: bytes, verification_method: str, created: datetime
) -> dict[str, Any]:
    """The document with a DataIntegrityProof added (eddsa-jcs-2022 §3.3.1, Create Proof)."""
    unsecured = copy.deepcopy(dict(document))
    unsecured.pop("proof", None)
    proof: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": xml_datetime(created),
        "verificationMethod": verification_method,
        "proofPurpose": PROOF_PURPOSE,
    }
    if "@context" in unsecured:
        proof["@context"] = copy.deepcopy(unsecured["@context"])
    signature = Ed25519PrivateKey.from_private_bytes(seed).sign(_hash_data(unsecured, proof))
    proof["proofValue"] = multibase_encode(signature)
    return {**unsecured, "proof": proof}


@dataclass(frozen=True, slots=True)
class Verification:
    """Whether a document's proof checks; ``problem`` names the first failed check."""

    is_valid: bool
    problem: str = ""
    verification_method: str = ""


def verify(document: object, *, public_keys: Mapping[str, bytes]) -> Verification:
    """Check an eddsa-jcs-2022 proof (§3.3.2, Verify Proof). ``public_keys`` maps the
    verification method ids the verifier trusts to raw Ed25519 keys; key material inside the
    document itself is never trusted."""
    if not isinstance(document, Mapping):
        return Verification(False, "not-an-object")
    proof = document.get("proof")
    if not isinstance(proof, Mapping):
        return Verification(False, "no-proof")
    method = proof.get("verificationMethod")
    method = method if isinstance(method, str) else ""
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        return Verification(False, "unsupported-proof", method)
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        return Verification(False, "wrong-purpose", method)
    key = public_keys.get(method)
    if key is None:
        return Verification(False, "unknown-key", method)
    unsecured = {name: value for name, value in document.items() if name != "proof"}
    options = {name: value for name, value in proof.items() if name != "proofValue"}
    if "@context" in options:
        contexts = options["@context"]
        document_contexts = unsecured.get("@context")
        if not isinstance(contexts, list) or not isinstance(document_contexts, list):
            return Verification(False, "context-mismatch", method)
        if document_contexts[: len(contexts)] != contexts:
            return Verification(False, "context-mismatch", method)
        unsecured["@context"] = contexts
    try:
        signature = multibase_decode(str(proof.get("proofValue", "")))
        data = _hash_data(unsecured, options)
    except (ValueError, CanonicalizationError):
        return Verification(False, "malformed", method)
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return Verification(False, "bad-signature", method)
    return Verification(True, "", method)
