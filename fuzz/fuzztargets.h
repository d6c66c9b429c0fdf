// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

// The fuzz entry points, shared by the libFuzzer targets (clang, sanitizers) and the replay test
// (the normal compiler, in CTest). Each returns an empty string when every property held, else
// what broke: the libFuzzer wrappers abort on it, the replay test fails with it.
namespace rd::fuzz {

// The first byte picks a version file format (modulo their number), the rest is the file.
// Properties: read() does not crash; every span lies inside the file, spans do not overlap and
// hold the text they claim; writing two versions changes only the spans' bytes, never adds a
// line break, and the written file reads back.
QString formats(const uint8_t *data, size_t size);
// JsonDocument: offsets inside the input, strings' offsets point at quotes.
QString json(const uint8_t *data, size_t size);
// Version schemes: normalize() and render() round-trip where they succeed.
QString scheme(const uint8_t *data, size_t size);
// UnifiedDiff over arbitrary bytes with splices derived from the input: no crash, and every
// '-'/'+' line count matches its hunk header.
QString diff(const uint8_t *data, size_t size);
// Other release tools' configurations (fuzz/peerconfigtarget.cpp): the first byte picks the
// file format and the tool, the rest is the file. Properties: parsing and translating do not
// crash; every imported key is a .releasedesk.yml key and names the file it came from; the
// import merges under a .releasedesk.yml, and the .releasedesk.yml written from it reads back.
QString peerconfig(const uint8_t *data, size_t size);

// fuzz/metricsdatetarget.cpp: a --since/--until value read as a window's start and end: both
// or neither succeed, errors name the option, the end is not before the start, and the start
// written as ISO 8601 reads back as the same instant.
QString metricsdate(const uint8_t *data, size_t size);

// fuzz/textparsers.cpp:
// A commit message: parsing never fails; a conventional one has a type and description, its
// header parsed alone agrees, '!' and BREAKING CHANGE footers make it breaking.
QString commitmessage(const uint8_t *data, size_t size);
// A CHANGELOG.md: headings inside the file and in order, versions inside their headings; a new
// release inserted changes no other byte and is covered afterwards.
QString changelogdocument(const uint8_t *data, size_t size);
// A .releasedesk.yml: parsing and reading the settings never crash, and errors name the file.
QString projectconfig(const uint8_t *data, size_t size);

// fuzz/registrytargets.cpp:
// A WWW-Authenticate header: schemes and parameter names are tokens (names lower-case), never
// token68 and parameters together, and the challenges written back parse to the same ones.
QString wwwauthenticate(const uint8_t *data, size_t size);
// A registry's JSON answer; the first byte picks npm, PyPI, crates or OCI tags. Errors name the
// address; a parsed PyPI or crates answer has a latest version among its versions; dates UTC.
QString registryjson(const uint8_t *data, size_t size);

// fuzz/forgereleasetarget.cpp: what GitHub answers the release step. The first byte picks:
// a release (parseRelease: errors name the address; a parsed release has an id and a tag, and
// its own finished assets planned as they are match it), a 422 body (validationCode,
// saysImmutable: no crash), or an upload_url template and an asset name (a filled URL holds
// no template and gives the name back).
QString githubrelease(const uint8_t *data, size_t size);
// fuzz/gitlabreleasetarget.cpp: what GitLab answers the release step. The first byte picks:
// a release (parseRelease: errors name the address; its own links planned as they are match
// it, and a create body made of them reads back), package files (parsePackageFiles: errors
// name the address; newest() finds the newest upload of each name), or an error body and a
// tag (errorMessage only from an object; isPackageVersion never takes "..", "/" or nothing).
QString gitlabrelease(const uint8_t *data, size_t size);
// A gzip-compressed tar (npm pack): package/package.json read or refused with the archive error
// naming the file; what is read is in the unpacked archive.
QString packagearchive(const uint8_t *data, size_t size);
// A Python distribution; the first byte picks a wheel (zip), an sdist (tar.gz) or bare core
// metadata. Read or refused with registry.archive/registry.metadata naming the file; what is
// read has a name and a version, field keys without colons or spaces, a wheel its Python tag.
QString pythondistribution(const uint8_t *data, size_t size);

} // namespace rd::fuzz
