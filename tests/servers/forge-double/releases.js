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
// An immutable release refuses uploads and edits with 422. GitLab: GET
// /api/v4/projects/:id/releases (paged with X-Next-Page).
// The tests' side:
//   POST /_control/releases {forge, project, releases: [{tag_name, name, draft, prerelease,
//        published_at}]}                           adds releases
//   POST /_control/release-switch {project, tag, immutable: true}   makes a release immutable
//   POST /_control/release-switch {after: create|upload|publish, status}   the next such write
//        is stored, then answered with `status` (a 5xx) instead of its result
//   POST /_control/release-state {project}         every GitHub release of `project`, as listed
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
        return {
            tag_name: release.tag_name, name: release.name, description: release.body || '',
            created_at: release.created_at, released_at: release.published_at,
            upcoming_release: release.prerelease,
            _links: {self: `${base}/${release.project}/-/releases/${release.tag_name}`},
        };
    }

    function add(forge, project, list) {
        for (const spec of list) {
            const published = spec.published_at || iso(epoch() - 86400);
            stored.push({
                forge, project, id: ++nextId, tag_name: spec.tag_name, name: spec.name || spec.tag_name,
                body: spec.body, draft: Boolean(spec.draft), prerelease: Boolean(spec.prerelease),
                created_at: published, published_at: published, assets: [],
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
        },
        // True when the request was a releases route (and has been answered).
        handle(req, res, url, raw) {
            const base = `http://${req.headers.host}`;
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
            m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/releases$/);
            if (m) {
                const {slice, headers} = page(url, list('gitlab', decodeURIComponent(m[1])), 'gitlab');
                sendJson(req, res, {forge: 'gitlab'}, 200, slice.map((r) => gitlabRelease(base, r)), headers);
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
