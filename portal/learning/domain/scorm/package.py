"""SCORM packages on plain values: checking a package's file listing and its manifest.

Source: ADL SCORM 2004 4th Edition Content Aggregation Model (CAM) §3 manifest, and SCORM 1.2's
Content Packaging. Problems are raised as PackageProblem with a code; the service turns each code
into a Vietnamese message.
"""

import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import unquote

SCORM_12: Final = "1.2"
SCORM_2004: Final = "2004"
MANIFEST_NAME: Final = "imsmanifest.xml"


# Package files -----------------------------------------------------------------------------


class PackageProblem(Exception):
    """Why a package cannot be imported: ``code`` names the problem, ``detail`` the culprit."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True, slots=True)
class Limits:
    """How big a package may be once unpacked (zip-bomb guards)."""

    max_files: int = 5000
    max_file_bytes: int = 200 * 1024 * 1024
    max_total_bytes: int = 500 * 1024 * 1024
    # Uncompressed / compressed, over the whole archive: text compresses ~5-20x, bombs ~1000x.
    max_ratio: float = 100.0


@dataclass(frozen=True, slots=True)
class ZipEntry:
    """One member of the archive as its central directory describes it."""

    name: str
    size: int
    compressed_size: int
    is_dir: bool = False
    is_symlink: bool = False


_DRIVE = re.compile(r"^[A-Za-z]:")


def safe_path(name: str) -> str | None:
    """The member's path inside the package, or None when it would escape it (``..``, an
    absolute path, a drive letter, a backslash, a NUL or control character)."""
    if not name or "\\" in name or any(ord(char) < 32 for char in name):
        return None
    if name.startswith("/") or _DRIVE.match(name):
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if not parts or any(part == ".." for part in parts):
        return None
    return "/".join(parts)


def check_entries(entries: Iterable[ZipEntry], limits: Limits) -> dict[str, ZipEntry]:
    """The package's files by safe path, after refusing traversal, links and oversize."""
    files: dict[str, ZipEntry] = {}
    total = compressed = 0
    count = 0
    for entry in entries:
        count += 1
        if count > limits.max_files:
            raise PackageProblem("too_many_files", str(limits.max_files))
        path = safe_path(entry.name.rstrip("/") if entry.is_dir else entry.name)
        if path is None:
            raise PackageProblem("unsafe_path", entry.name)
        if entry.is_symlink:
            raise PackageProblem("symlink", entry.name)
        if entry.is_dir:
            continue
        if entry.size > limits.max_file_bytes:
            raise PackageProblem("file_too_big", entry.name)
        total += entry.size
        compressed += entry.compressed_size
        if total > limits.max_total_bytes:
            raise PackageProblem("too_big", str(limits.max_total_bytes))
        if path in files:
            raise PackageProblem("duplicate_file", entry.name)
        files[path] = entry
    if total > 1024 * 1024 and total > limits.max_ratio * max(compressed, 1):
        raise PackageProblem("bomb", f"{total / max(compressed, 1):.0f}")
    return files


# Manifest ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sco:
    """A launchable unit: the item that shows it and the resource it launches."""

    identifier: str
    title: str
    launch_path: str
    parameters: str = ""
    mastery_score: float | None = None  # percent (1.2 masteryscore; 2004 minNormalizedMeasure)
    launch_data: str = ""


@dataclass(frozen=True, slots=True)
class Manifest:
    identifier: str
    version: str  # SCORM_12 or SCORM_2004
    schema_version: str
    title: str
    scos: tuple[Sco, ...]
    assets: int = 0
    warnings: tuple[str, ...] = field(default=())


def _local(tag: object) -> str:
    text = str(tag)
    return text.rsplit("}", 1)[-1] if "}" in text else text


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _child(element: ET.Element, name: str) -> ET.Element | None:
    found = _children(element, name)
    return found[0] if found else None


def _text(element: ET.Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _attribute(element: ET.Element, name: str) -> str:
    """An attribute by local name whatever its namespace or case (scormtype vs scormType)."""
    for key, value in element.attrib.items():
        if _local(key).lower() == name.lower():
            return value.strip()
    return ""


_XML_BASE = "{http://www.w3.org/XML/1998/namespace}base"


def version_of(root: ET.Element) -> tuple[str, str]:
    """(SCORM version, schemaversion text) from the manifest's metadata, else its namespaces."""
    metadata = _child(root, "metadata")
    schema_version = _text(_child(metadata, "schemaversion")) if metadata is not None else ""
    normalised = schema_version.lower().replace(" ", "")
    if schema_version:
        if normalised in ("1.2", "scorm1.2"):
            return SCORM_12, schema_version
        if normalised in ("cam1.3", "2004", "2004.2ndedition") or re.fullmatch(
            r"2004(2nd|3rd|4th)edition", normalised
        ):
            return SCORM_2004, schema_version
        raise PackageProblem("unknown_version", schema_version)
    names: set[str] = set()
    for element in root.iter():
        names.add(str(element.tag))
        names.update(str(key) for key in element.attrib)
    joined = " ".join(names).lower()
    if "adlcp_rootv1p2" in joined or "imscp_rootv1p1p2" in joined:
        return SCORM_12, ""
    if any(mark in joined for mark in ("adlcp_v1p3", "imsss", "adlseq", "/imscp_v1p1}")):
        return SCORM_2004, ""
    raise PackageProblem("unknown_version", "")


def _parse_xml(data: bytes) -> ET.Element:
    # Manifests never need a DTD; refusing one rules out entity expansion attacks.
    head = data[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in data.lower():
        raise PackageProblem("bad_xml", "DOCTYPE")
    try:
        return ET.fromstring(data)  # noqa: S314 - no DTD, no entities (checked above)
    except ET.ParseError as error:
        raise PackageProblem("bad_xml", str(error)) from error


def _join(base: str, href: str) -> str:
    return posixpath.join(base, href) if base else href


def _mastery(item: ET.Element, version: str) -> float | None:
    if version == SCORM_12:
        text = _text(_child(item, "masteryscore"))
        try:
            value = float(text) if text else None
        except ValueError:
            return None
        return value if value is not None and 0 <= value <= 100 else None
    sequencing = _child(item, "sequencing")
    objectives = _child(sequencing, "objectives") if sequencing is not None else None
    primary = _child(objectives, "primaryObjective") if objectives is not None else None
    if primary is None or _attribute(primary, "satisfiedByMeasure").lower() != "true":
        return None
    text = _text(_child(primary, "minNormalizedMeasure"))
    try:
        measure = float(text) if text else 1.0
    except ValueError:
        return None
    return round(measure * 100, 4) if -1 <= measure <= 1 else None


def parse_manifest(data: bytes, files: Iterable[str]) -> Manifest:
    """Read imsmanifest.xml: its version, default organisation and SCOs, checking that every
    launch file is in the package."""
    root = _parse_xml(data)
    if _local(root.tag) != "manifest":
        raise PackageProblem("bad_xml", _local(root.tag))
    version, schema_version = version_of(root)
    present = set(files)
    resources_element = _child(root, "resources")
    resources: dict[str, ET.Element] = {}
    resources_base = ""
    if resources_element is not None:
        resources_base = resources_element.get(_XML_BASE, "")
        for resource in _children(resources_element, "resource"):
            resources[resource.get("identifier", "")] = resource
    for resource in resources.values():
        href = resource.get("href", "")
        if href:
            _launch_path(
                resources_base, resource.get(_XML_BASE, ""), href, present, check_exists=True
            )
    organizations = _child(root, "organizations")
    if organizations is None or not _children(organizations, "organization"):
        raise PackageProblem("no_organisation")
    organisation_list = _children(organizations, "organization")
    default = organizations.get("default", "")
    organisation = next(
        (org for org in organisation_list if org.get("identifier") == default),
        organisation_list[0],
    )
    scos: list[Sco] = []
    for item in organisation.iter():
        if _local(item.tag) != "item":
            continue
        reference = item.get("identifierref", "")
        target = resources.get(reference) if reference else None
        if target is None or _attribute(target, "scormtype").lower() != "sco":
            continue
        href = target.get("href", "")
        if not href:
            raise PackageProblem("missing_file", reference)
        launch_path, query = _launch_path(
            resources_base, target.get(_XML_BASE, ""), href, present, check_exists=True
        )
        parameters = item.get("parameters", "").lstrip("?&")
        scos.append(
            Sco(
                identifier=item.get("identifier", reference)[:200],
                title=(_text(_child(item, "title")) or reference)[:255],
                launch_path=launch_path,
                parameters="&".join(part for part in (query, parameters) if part)[:500],
                mastery_score=_mastery(item, version),
                launch_data=(
                    _text(_child(item, "datafromlms")) or _text(_child(item, "dataFromLMS"))
                )[:4096],
            )
        )
    if not scos:
        raise PackageProblem("no_sco")
    title = _text(_child(organisation, "title")) or scos[0].title
    assets = sum(
        1 for resource in resources.values() if _attribute(resource, "scormtype").lower() != "sco"
    )
    return Manifest(
        identifier=root.get("identifier", "")[:200],
        version=version,
        schema_version=schema_version[:60],
        title=title[:300],
        scos=tuple(scos),
        assets=assets,
    )


def _launch_path(
    resources_base: str, resource_base: str, href: str, present: set[str], *, check_exists: bool
) -> tuple[str, str]:
    """The launch file's path in the package and its query string."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", href) or href.startswith("//"):
        raise PackageProblem("missing_file", href)
    without_fragment = href.split("#", 1)[0]
    path_part, _sep, query = without_fragment.partition("?")
    joined = _join(_join(resources_base, resource_base), unquote(path_part))
    if "\\" in joined or joined.startswith("/") or _DRIVE.match(joined):
        raise PackageProblem("unsafe_path", href)
    normalised = posixpath.normpath(joined)
    path = None if normalised == ".." or normalised.startswith("../") else safe_path(normalised)
    if path is None:
        raise PackageProblem("unsafe_path", href)
    if check_exists and path not in present:
        raise PackageProblem("missing_file", path)
    return path, query
