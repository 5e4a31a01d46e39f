"""Pure credential maths: JCS (RFC 8785), base58btc, Multikey, eddsa-jcs-2022 proofs, codes."""

import copy
from datetime import UTC, datetime

import pytest

from portal.learning.domain import certificates as rules
from portal.learning.domain import credentials

# The eddsa-jcs-2022 example of W3C Data Integrity EdDSA Cryptosuites 1.0 (Digital Bazaar).
SPEC_SECRET = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq"
SPEC_PUBLIC = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2"
SPEC_METHOD = f"did:key:{SPEC_PUBLIC}#{SPEC_PUBLIC}"
SPEC_CONTEXTS = [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/examples/v2",
]
SPEC_UNSIGNED = {
    "@context": SPEC_CONTEXTS,
    "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
    "type": ["VerifiableCredential", "AlumniCredential"],
    "name": "Alumni Credential",
    "description": "A minimum viable example of an Alumni Credential.",
    "issuer": f"did:key:{SPEC_PUBLIC}",
    "validFrom": "2023-01-01T00:00:00Z",
    "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
}
SPEC_PROOF_VALUE = (
    "z5EhYRJkfPLkoT92FPXN8KK6M9rsBhq3xs19GBSsA6VdNYH4QMKSyNuA2Gfznz9QthVD7Rz3HTAfqxxay23htUpTg"
)
SPEC_CREATED = datetime(2023, 2, 24, 23, 36, 38, tzinfo=UTC)


def _spec_seed() -> bytes:
    secret = credentials.multibase_decode(SPEC_SECRET)
    assert secret[:2] == b"\x80\x26"  # multicodec ed25519-priv
    return secret[2:]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"b": 1, "a": [True, None, False]}, '{"a":[true,null,false],"b":1}'),
        ('€$\u000f\nA\'B"\\\\"/', '"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"'),
        (
            [1e21, 1e-7, 0.001, -0.0, 333333333.3333333, 100.0],
            "[1e+21,1e-7,0.001,0,333333333.3333333,100]",
        ),
        ([4.5, 2e-3, 0.000001, 1e20], "[4.5,0.002,0.000001,100000000000000000000]"),
        (
            {"\U0001f600": 1, "\ufb33": 2, "\u20ac": 3, "\r": 4, "1": 5},
            '{"\\r":4,"1":5,"\u20ac":3,"\U0001f600":1,"\ufb33":2}',
        ),
        ({"tên": "Giàng A Sử"}, '{"tên":"Giàng A Sử"}'),
    ],
)
def test_canonical_json_follows_rfc_8785(value, expected):
    assert credentials.canonical_json(value) == expected


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 2**53, {1: "x"}, object()])
def test_canonical_json_refuses_what_i_json_cannot_hold(value):
    with pytest.raises(credentials.CanonicalizationError):
        credentials.canonical_json(value)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        (b"", ""),
        (b"\x00\x00\x01", "112"),
        (b"Hello World!", "2NEpo7TZRRrLZSi2U"),
        (bytes.fromhex("0000287fb4cd"), "11233QC4"),
    ],
)
def test_base58btc_round_trips(data, text):
    assert credentials.base58btc_encode(data) == text
    assert credentials.base58btc_decode(text) == data


def test_multikey_of_the_spec_key():
    public = credentials.public_key_of(_spec_seed())
    assert credentials.public_key_multibase(public) == SPEC_PUBLIC
    assert credentials.public_key_from_multibase(SPEC_PUBLIC) == public


def test_signing_reproduces_the_spec_proof_value():
    signed = credentials.sign(
        SPEC_UNSIGNED, seed=_spec_seed(), verification_method=SPEC_METHOD, created=SPEC_CREATED
    )
    assert signed["proof"]["proofValue"] == SPEC_PROOF_VALUE
    assert signed["proof"]["@context"] == SPEC_CONTEXTS
    keys = {SPEC_METHOD: credentials.public_key_from_multibase(SPEC_PUBLIC)}
    assert credentials.verify(signed, public_keys=keys).is_valid


def test_verification_fails_on_any_change():
    keys = {SPEC_METHOD: credentials.public_key_from_multibase(SPEC_PUBLIC)}
    signed = credentials.sign(
        SPEC_UNSIGNED, seed=_spec_seed(), verification_method=SPEC_METHOD, created=SPEC_CREATED
    )
    changed = copy.deepcopy(signed)
    changed["credentialSubject"]["alumniOf"] = "The School of Exampled"
    assert credentials.verify(changed, public_keys=keys).problem == "bad-signature"
    changed = copy.deepcopy(signed)
    changed["proof"]["created"] = "2023-02-24T23:36:39Z"
    assert credentials.verify(changed, public_keys=keys).problem == "bad-signature"
    changed = copy.deepcopy(signed)
    changed["@context"] = list(reversed(SPEC_CONTEXTS))
    assert credentials.verify(changed, public_keys=keys).problem == "context-mismatch"
    assert credentials.verify(signed, public_keys={}).problem == "unknown-key"
    assert credentials.verify(SPEC_UNSIGNED, public_keys=keys).problem == "no-proof"
    assert credentials.verify([], public_keys=keys).problem == "not-an-object"


def test_open_badge_credential_has_the_required_shape():
    issuer = credentials.Issuer(
        profile_url="https://hoc.laocai.gov.vn/chung-chi/to-chuc-cap.json",
        name="Sở Khoa học và Công nghệ tỉnh Lào Cai",
        url="https://hoc.laocai.gov.vn/",
    )
    award = credentials.Award(
        credential_id="https://hoc.laocai.gov.vn/chung-chi/LC-2026-7K3M-Q9TX/",
        holder_name="Giàng A Sử",
        achievement_id="https://hoc.laocai.gov.vn/hoc/an-toan/",
        achievement_name="An toàn trên mạng",
        achievement_description="Nhận biết lừa đảo.",
        criteria="Hoàn thành khoá học.",
        valid_from=datetime(2026, 12, 4, 9, 30, 12, 345, tzinfo=UTC),
    )
    document = credentials.open_badge_credential(award, issuer)
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["issuer"]["id"] == issuer.profile_url
    assert document["validFrom"] == "2026-12-04T09:30:12Z"
    subject = document["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert subject["achievement"]["criteria"] == {"narrative": "Hoàn thành khoá học."}
    assert "credentialStatus" not in document
    status = {"id": "https://example.org/status/1", "type": "1EdTechRevocationList"}
    with_status = credentials.open_badge_credential(award, issuer, credential_status=status)
    assert with_status["credentialStatus"] == status


def test_codes_avoid_look_alike_characters_and_normalise():
    code = rules.new_code(prefix="lc", year=2026)
    assert code.startswith("LC-2026-")
    assert not set(code[8:].replace("-", "")) & set("01ILOUV")
    assert rules.normalise_code(code.lower().replace("-", " ")) == code
    assert rules.normalise_code(" lc-2026-7k3m-q9tx ") == "LC-2026-7K3M-Q9TX"
    assert rules.normalise_code("to-chuc-cap.json") == ""
    assert rules.is_eligible(is_completed=True, issues_certificate=True)
    assert not rules.is_eligible(is_completed=False, issues_certificate=True)
    assert not rules.is_eligible(is_completed=True, issues_certificate=False)
