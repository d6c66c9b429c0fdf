// SPDX-License-Identifier: GPL-3.0-or-later
// Releases for the forge double (server.js). GitHub (every answer validated against
// @octokit/openapi by server.js's sendJson):
//   GET   /repos/{owner}/{repo}/releases                 list, drafts included, paged with Link
//   POST  /repos/{owner}/{repo}/releases                 create; 422 already_exists for a tag
//                                                         that has a release
//   GET   /repos/{owner}/{repo}/releases/{id}            one release (drafts too)
//   PATCH /repos/{owner}/{repo}/releases/{id}            edit (draft: false publishes)
//   GET   /repos/{owner}/{repo}/releases/tags/{tag}      a published release (404 for a draft)
//   POST  /uploads/{owner}/{repo}/releases/{id}/assets?name=   an asset (the upload_url)
// An immutable release refuses uploads and edits with 422. GitLab (shapes and statuses as its
// REST API v4 documents them; writes need a PRIVATE-TOKEN header, else 401):
//   GET  /api/v4/projects/:id/releases                   list (paged with X-Next-Page)
//   GET  /api/v4/projects/:id/releases/:tag_name         one release; 404 when there is none
//   POST /api/v4/projects/:id/releases                   create with assets.links; 409
//                                                         "Release already exists"; 400 for a
//                                                         missing tag_name or a bad link
//   PUT  /api/v4/projects/:id/packages/generic/:name/:version/:file   a generic package file
//                                                         (201 {"message": "201 Created"});
//                                                         the same name again is kept twice
//   GET  /api/v4/projects/:id/packages?package_type=generic&package_name=&package_version=
//   GET  /api/v4/projects/:id/packages/:package_id/package_files      with file_sha256
// The tests' side:
//   POST /_control/releases {forge, project, releases: [{tag_name, name, draft, prerelease,
//        published_at}]}                           adds releases
//   POST /_control/release-switch {project, tag, immutable: true}   makes a release immutable
//   POST /_control/release-switch {after: create|upload|publish, status}   the next such write
//        is stored, then answered with `status` (a 5xx) instead of its result
//   POST /_control/release-state {project}         every GitHub release of `project`, as listed
//   POST /_control/gitlab-state {project}          {releases, packages: [{name, version, files}]}
//        of a GitLab project, as the API shows them
// The after-store switch applies to GitLab's create and upload (a package file PUT) too.
// /_control/releases takes `links: [{name, url}]` for a GitLab release.
// and /_control/reset forgets them all.
'use strict';

const crypto = require('node:crypto');

const TEMPLATE = '/repos/{owner}/{repo}/releases';
const ONE = '/repos/{owner}/{repo}/releases/{release_id}';
const BY_TAG = '/repos/{owner}/{repo}/releases/tags/{tag}';
const ASSETS = '/repos/{owner}/{repo}/releases/{release_id}/assets';
const DOCS = 'https://docs.github.com/rest/releases';
// The upload's 422 and the edit's have no documented body; GitHub sends its usual validation
// failure, so they are checked as the create's 422.
const INVALID = {forge: 'github', template: TEMPLATE, method: 'post'};

module.exports = function releases(helpers) {
    const {sendJson, page, githubUser, iso, epoch, notFound} = helpers;
    let stored = [];
    let nextId = 5000;
    let afterStore = []; // {after, status}: answer the next such write with `status` once stored
    let packages = [];   // GitLab generic packages: {project, id, name, version, created_at, files}

    function githubAsset(base, release, asset) {
        return {
            url: `${base}/repos/${release.project}/releases/assets/${asset.id}`,
            browser_download_url: `${base}/${release.project}/releases/download/${release.tag_name}/${encodeURIComponent(asset.name)}`,
            id: asset.id, node_id: `RA_${asset.id}`, name: asset.name, label: null, state: 'uploaded',
            content_type: asset.content_type, size: asset.size, digest: asset.digest,
            download_count: 0, created_at: asset.created_at, updated_at: asset.created_at,
            uploader: githubUser(base, 'releaser'),
        };
    }

    function githubRelease(base, release) {
        const api = `${base}/repos/${release.project}/releases/${release.id}`;
        return {
            url: api, html_url: `${base}/${release.project}/releases/tag/${release.tag_name}`,
            assets_url: `${api}/assets`, upload_url: `${base}/uploads/${release.project}/releases/${release.id}/assets{?name,label}`,
            tarball_url: `${base}/repos/${release.project}/tarball/${release.tag_name}`,
            zipball_url: `${base}/repos/${release.project}/zipball/${release.tag_name}`,
            id: release.id, node_id: `RE_${release.id}`, tag_name: release.tag_name,
            target_commitish: 'main', name: release.name, body: release.body || null,
            draft: release.draft, prerelease: release.prerelease, immutable: Boolean(release.immutable),
            created_at: release.created_at, updated_at: release.created_at,
            published_at: release.draft ? null : release.published_at,
            author: githubUser(base, 'releaser'),
            assets: (release.assets || []).map((a) => githubAsset(base, release, a)),
        };
    }

    function gitlabRelease(base, release) {
        const web = `${base}/${release.project}/-/releases/${encodeURIComponent(release.tag_name)}`;
        const links = release.links || [];
        const sources = ['zip', 'tar.gz', 'tar.bz2', 'tar'].map((format) => ({
            format, url: `${base}/${release.project}/-/archive/${release.tag_name}/${release.project.split('/').pop()}-${release.tag_name}.${format}`,
        }));
        return {
            tag_name: release.tag_name, name: release.name, description: release.body || '',
            created_at: release.created_at, released_at: release.published_at,
            upcoming_release: release.prerelease,
            author: {id: 1, username: 'releaser', name: 'Releaser', state: 'active',
                web_url: `${base}/releaser`},
            commit: {id: 'a'.repeat(40), short_id: 'aaaaaaaa', title: 'release'},
            commit_path: `/${release.project}/-/commit/${'a'.repeat(40)}`,
            tag_path: `/${release.project}/-/tags/${release.tag_name}`,
            assets: {
                count: sources.length + links.length, sources,
                links: links.map((l) => ({id: l.id, name: l.name, url: l.url,
                    direct_asset_url: l.direct_asset_path ? `${web}/downloads${l.direct_asset_path}` : l.url,
                    link_type: l.link_type || 'other'})),
            },
            evidences: [],
            _links: {self: web, edit_url: `${web}/edit`},
        };
    }

    function gitlabPackage(base, pkg) {
        return {
            id: pkg.id, name: pkg.name, version: pkg.version, package_type: 'generic',
            status: 'default', created_at: pkg.created_at, tags: [], pipelines: [],
            _links: {web_path: `/${pkg.project}/-/packages/${pkg.id}`},
        };
    }

    function gitlabPackageFile(pkg, file) {
        return {
            id: file.id, package_id: pkg.id, created_at: file.created_at, file_name: file.file_name,
            size: file.size, file_md5: file.md5, file_sha1: file.sha1, file_sha256: file.sha256,
            pipelines: [],
        };
    }

    function gitlabMessage(req, res, status, message) {
        sendJson(req, res, {forge: 'gitlab'}, status, {message});
        return true;
    }

    // GitLab's writes: the release create and the generic package upload.
    function gitlabWrite(req, res, url, raw, base) {
        const unauthorized = () => gitlabMessage(req, res, 401, '401 Unauthorized');
        let m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/releases$/);
        if (m && req.method === 'POST') {
            if (!req.headers['private-token'])
                return unauthorized();
            const project = decodeURIComponent(m[1]);
            let payload;
            try {
                payload = JSON.parse(raw.toString('utf8'));
            } catch {
                return gitlabMessage(req, res, 400, 'The provided content-type \'\' is not supported.');
            }
            if (!payload.tag_name)
                return sendJson(req, res, {forge: 'gitlab'}, 400, {error: 'tag_name is missing'}) || true;
            if (list('gitlab', project).some((r) => r.tag_name === payload.tag_name))
                return gitlabMessage(req, res, 409, 'Release already exists');
            const links = ((payload.assets || {}).links || []);
            const names = links.map((l) => l.name);
            if (links.some((l) => !l.name || !/^https?:\/\//.test(l.url || ''))
                || new Set(names).size !== names.length)
                return gitlabMessage(req, res, 400, {links: ['have duplicate values or an invalid url']});
            const now = iso(epoch());
            const release = {
                forge: 'gitlab', project, id: ++nextId, tag_name: payload.tag_name,
                name: payload.name || payload.tag_name, body: payload.description, draft: false,
                prerelease: false, created_at: now, published_at: now,
                links: links.map((l) => ({id: ++nextId, name: l.name, url: l.url,
                    direct_asset_path: l.direct_asset_path, link_type: l.link_type})),
            };
            stored.push(release);
            return answer(req, res, {forge: 'gitlab'}, 201, gitlabRelease(base, release), 'create');
        }
        m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/packages\/generic\/([^/]+)\/([^/]+)\/([^/]+)$/);
        if (m && req.method === 'PUT') {
            if (!req.headers['private-token'])
                return unauthorized();
            const [project, name, version, file] = m.slice(1).map(decodeURIComponent);
            if (!/^[A-Za-z0-9._-]+$/.test(name) || !/^[A-Za-z0-9_+](?:[A-Za-z0-9_+.-]*[A-Za-z0-9_+])?$/.test(version)
                || version.includes('..'))
                return gitlabMessage(req, res, 400, '400 Bad request - package_version is invalid');
            let pkg = packages.find((p) => p.project === project && p.name === name && p.version === version);
            if (!pkg) {
                pkg = {project, id: ++nextId, name, version, created_at: iso(epoch()), files: []};
                packages.push(pkg);
            }
            const hash = (algorithm) => crypto.createHash(algorithm).update(raw).digest('hex');
            pkg.files.push({id: ++nextId, file_name: file, size: raw.length, md5: hash('md5'),
                sha1: hash('sha1'), sha256: hash('sha256'), created_at: iso(epoch())});
            return answer(req, res, {forge: 'gitlab'}, 201, {message: '201 Created'}, 'upload');
        }
        return false;
    }

    function gitlabRead(req, res, url, base) {
        const ctx = {forge: 'gitlab'};
        let m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/releases$/);
        if (m) {
            const {slice, headers} = page(url, list('gitlab', decodeURIComponent(m[1])), 'gitlab');
            sendJson(req, res, ctx, 200, slice.map((r) => gitlabRelease(base, r)), headers);
            return true;
        }
        m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/releases\/([^/]+)$/);
        if (m) {
            const tag = decodeURIComponent(m[2]);
            const release = list('gitlab', decodeURIComponent(m[1])).find((r) => r.tag_name === tag);
            if (!release)
                return gitlabMessage(req, res, 404, '404 Not Found');
            sendJson(req, res, ctx, 200, gitlabRelease(base, release));
            return true;
        }
        m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/packages$/);
        if (m) {
            const project = decodeURIComponent(m[1]);
            const type = url.searchParams.get('package_type');
            const name = url.searchParams.get('package_name');
            const version = url.searchParams.get('package_version');
            // Like GitLab: package_name matches part of the name.
            const found = packages.filter((p) => p.project === project && (!type || type === 'generic')
                && (!name || p.name.includes(name)) && (!version || p.version === version));
            const {slice, headers} = page(url, found, 'gitlab');
            sendJson(req, res, ctx, 200, slice.map((p) => gitlabPackage(base, p)), headers);
            return true;
        }
        m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/packages\/(\d+)\/package_files$/);
        if (m) {
            const pkg = packages.find((p) => p.project === decodeURIComponent(m[1]) && p.id === Number(m[2]));
            if (!pkg)
                return gitlabMessage(req, res, 404, '404 Package Not Found');
            const {slice, headers} = page(url, pkg.files, 'gitlab');
            sendJson(req, res, ctx, 200, slice.map((f) => gitlabPackageFile(pkg, f)), headers);
            return true;
        }
        return false;
    }

    function add(forge, project, list) {
        for (const spec of list) {
            const published = spec.published_at || iso(epoch() - 86400);
            stored.push({
                forge, project, id: ++nextId, tag_name: spec.tag_name, name: spec.name || spec.tag_name,
                body: spec.body, draft: Boolean(spec.draft), prerelease: Boolean(spec.prerelease),
                created_at: published, published_at: published, assets: [],
                links: (spec.links || []).map((l) => ({id: ++nextId, link_type: 'other', ...l})),
            });
        }
    }

    // Newest first, as both forges list them.
    function list(forge, project) {
        return stored.filter((r) => r.forge === forge && r.project === project)
            .sort((a, b) => b.published_at.localeCompare(a.published_at) || b.id - a.id);
    }

    function find(project, id) {
        return list('github', project).find((r) => r.id === Number(id));
    }

    // GitHub's "Validation Failed" answer (the validation-error schema).
    function invalid(resource, code, field, message) {
        const error = {resource, code, field};
        if (message)
            error.message = message;
        return {message: 'Validation Failed', errors: [error], documentation_url: DOCS};
    }

    // Answers a write, or the 5xx a test switched on for it after the write was stored.
    function answer(req, res, ctx, status, body, what) {
        const index = afterStore.findIndex((f) => f.after === what);
        if (index >= 0) {
            const {status: injected} = afterStore.splice(index, 1)[0];
            res.writeHead(injected, {'content-type': 'application/json'});
            res.end(JSON.stringify({message: `injected ${injected} after the ${what} was stored`}));
            return true;
        }
        sendJson(req, res, ctx, status, body);
        return true;
    }

    // The 422 an immutable release answers to an upload or an edit.
    function immutable(req, res, what) {
        sendJson(req, res, INVALID, 422,
            invalid('Release', 'custom', 'immutable', `Cannot ${what} an immutable release.`));
        return true;
    }

    function write(req, res, url, raw, base) {
        const body = raw.toString('utf8');
        let m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases$/);
        if (m && req.method === 'POST') {
            const ctx = {forge: 'github', template: TEMPLATE};
            let payload;
            try {
                payload = JSON.parse(body);
            } catch {
                return sendJson(req, res, ctx, 422, invalid('Release', 'invalid', 'body', 'Problems parsing JSON')) || true;
            }
            if (!payload.tag_name)
                return sendJson(req, res, ctx, 422, invalid('Release', 'missing_field', 'tag_name')) || true;
            if (list('github', m[1]).some((r) => r.tag_name === payload.tag_name))
                return sendJson(req, res, ctx, 422, invalid('Release', 'already_exists', 'tag_name')) || true;
            const now = iso(epoch());
            const release = {
                forge: 'github', project: m[1], id: ++nextId, tag_name: payload.tag_name,
                name: payload.name || payload.tag_name, body: payload.body, draft: Boolean(payload.draft),
                prerelease: Boolean(payload.prerelease), created_at: now, published_at: now, assets: [],
            };
            stored.push(release);
            return answer(req, res, ctx, 201, githubRelease(base, release), 'create');
        }
        m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases\/(\d+)$/);
        if (m && req.method === 'PATCH') {
            const release = find(m[1], m[2]);
            if (!release)
                return notFound(req, res, {forge: 'github'}, 'Release') || true;
            if (release.immutable)
                return immutable(req, res, 'edit');
            const payload = JSON.parse(body || '{}');
            for (const key of ['name', 'body', 'prerelease'])
                if (payload[key] !== undefined)
                    release[key] = payload[key];
            if (payload.draft === false && release.draft) {
                release.draft = false;
                release.published_at = iso(epoch());
            }
            return answer(req, res, {forge: 'github', template: ONE}, 200, githubRelease(base, release), 'publish');
        }
        m = url.pathname.match(/^\/uploads\/([^/]+\/[^/]+)\/releases\/(\d+)\/assets$/);
        if (m && req.method === 'POST') {
            const ctx = {forge: 'github', template: ASSETS};
            const release = find(m[1], m[2]);
            if (!release)
                return notFound(req, res, ctx, 'Release') || true;
            if (release.immutable)
                return immutable(req, res, 'upload assets to');
            const name = url.searchParams.get('name');
            if (!name)
                return sendJson(req, res, INVALID, 422, invalid('ReleaseAsset', 'missing_field', 'name')) || true;
            if (req.headers['content-type'] !== 'application/octet-stream')
                return sendJson(req, res, INVALID, 422, invalid('ReleaseAsset', 'invalid', 'content_type',
                    `expected application/octet-stream, got ${req.headers['content-type']}`)) || true;
            if (release.assets.some((a) => a.name === name))
                return sendJson(req, res, INVALID, 422, invalid('ReleaseAsset', 'already_exists', 'name')) || true;
            const asset = {
                id: ++nextId, name, size: raw.length, content_type: req.headers['content-type'],
                digest: `sha256:${crypto.createHash('sha256').update(raw).digest('hex')}`,
                created_at: iso(epoch()),
            };
            release.assets.push(asset);
            return answer(req, res, ctx, 201, githubAsset(base, release, asset), 'upload');
        }
        return false;
    }

    return {
        reset() {
            stored = [];
            afterStore = [];
            packages = [];
        },
        // True when the request was a releases route (and has been answered).
        handle(req, res, url, raw) {
            const base = `http://${req.headers.host}`;
            if (url.pathname.startsWith('/api/v4/'))
                return req.method === 'GET' ? gitlabRead(req, res, url, base) || false
                    : gitlabWrite(req, res, url, raw, base);
            if (req.method !== 'GET')
                return write(req, res, url, raw, base);
            let m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases$/);
            if (m) {
                const {slice, headers} = page(url, list('github', m[1]), 'github');
                sendJson(req, res, {forge: 'github', template: TEMPLATE}, 200,
                    slice.map((r) => githubRelease(base, r)), headers);
                return true;
            }
            m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases\/tags\/([^/]+)$/);
            if (m) {
                // Like GitHub: a draft has no public tag yet, so it is not found by it.
                const release = list('github', m[1]).find((r) => r.tag_name === decodeURIComponent(m[2]) && !r.draft);
                if (!release)
                    notFound(req, res, {forge: 'github'}, 'Release');
                else
                    sendJson(req, res, {forge: 'github', template: BY_TAG}, 200, githubRelease(base, release));
                return true;
            }
            m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases\/(\d+)$/);
            if (m) {
                const release = find(m[1], m[2]);
                if (!release)
                    notFound(req, res, {forge: 'github'}, 'Release');
                else
                    sendJson(req, res, {forge: 'github', template: ONE}, 200, githubRelease(base, release));
                return true;
            }
            return false;
        },
        // True when `path` was /_control/releases (and has been answered through `reply`).
        control(path, payload, reply) {
            if (path === '/_control/releases') {
                add(payload.forge || 'github', payload.project, payload.releases || []);
                reply({ok: true});
                return true;
            }
            if (path === '/_control/release-switch') {
                if (payload.after) {
                    afterStore.push({after: payload.after, status: payload.status || 502});
                } else {
                    const release = list('github', payload.project).find((r) => r.tag_name === payload.tag);
                    if (!release)
                        throw new Error(`no release ${payload.tag} of ${payload.project}`);
                    release.immutable = Boolean(payload.immutable);
                }
                reply({ok: true});
                return true;
            }
            if (path === '/_control/gitlab-state') {
                reply({
                    releases: list('gitlab', payload.project).map((r) => gitlabRelease('http://127.0.0.1', r)),
                    packages: packages.filter((p) => p.project === payload.project).map((p) => ({
                        name: p.name, version: p.version,
                        files: p.files.map((f) => gitlabPackageFile(p, f)),
                    })),
                });
                return true;
            }
            if (path === '/_control/release-state') {
                reply({releases: list('github', payload.project).map((r) => githubRelease('http://127.0.0.1', r))});
                return true;
            }
            return false;
        },
        // The GitHub answer's shape against the description, for server.js's start check.
        selfCheck(checkGithub) {
            add('github', 'octo/app', [{tag_name: 'v1.0.0'}, {tag_name: 'v1.1.0-rc.1', prerelease: true},
                {tag_name: 'v2.0.0', draft: true}]);
            const release = list('github', 'octo/app')[0];
            release.assets.push({id: 1, name: 'app.tar.gz', size: 3, content_type: 'application/octet-stream',
                digest: 'sha256:00', created_at: release.created_at});
            const shaped = githubRelease('http://127.0.0.1', release);
            const problem = checkGithub(TEMPLATE, 'get', 200,
                list('github', 'octo/app').map((r) => githubRelease('http://127.0.0.1', r)))
                || checkGithub(TEMPLATE, 'post', 201, shaped) || checkGithub(ONE, 'patch', 200, shaped)
                || checkGithub(BY_TAG, 'get', 200, shaped)
                || checkGithub(ASSETS, 'post', 201, shaped.assets[0])
                || checkGithub(TEMPLATE, 'post', 422, invalid('Release', 'already_exists', 'tag_name'));
            stored = [];
            return problem;
        },
    };
};
