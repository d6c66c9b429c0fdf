// SPDX-License-Identifier: GPL-3.0-or-later
// Releases for the forge double (server.js): GitHub's GET /repos/{owner}/{repo}/releases (paged
// with Link, every answer validated against @octokit/openapi by server.js's sendJson) and
// GitLab's GET /api/v4/projects/:id/releases (paged with X-Next-Page). Releases are added by
// the tests through POST /_control/releases {forge, project, releases: [{tag_name, name,
// draft, prerelease, published_at}]} and forgotten with /_control/reset.
'use strict';

const TEMPLATE = '/repos/{owner}/{repo}/releases';

module.exports = function releases(helpers) {
    const {sendJson, page, githubUser, iso, epoch} = helpers;
    let stored = [];
    let nextId = 5000;

    function githubRelease(base, release) {
        const api = `${base}/repos/${release.project}/releases/${release.id}`;
        return {
            url: api, html_url: `${base}/${release.project}/releases/tag/${release.tag_name}`,
            assets_url: `${api}/assets`, upload_url: `${base}/uploads/${release.project}/releases/${release.id}/assets{?name,label}`,
            tarball_url: `${base}/repos/${release.project}/tarball/${release.tag_name}`,
            zipball_url: `${base}/repos/${release.project}/zipball/${release.tag_name}`,
            id: release.id, node_id: `RE_${release.id}`, tag_name: release.tag_name,
            target_commitish: 'main', name: release.name, body: release.body || null,
            draft: release.draft, prerelease: release.prerelease, immutable: false,
            created_at: release.created_at, updated_at: release.created_at,
            published_at: release.draft ? null : release.published_at,
            author: githubUser(base, 'releaser'), assets: [],
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
                created_at: published, published_at: published,
            });
        }
    }

    // Newest first, as both forges list them.
    function list(forge, project) {
        return stored.filter((r) => r.forge === forge && r.project === project)
            .sort((a, b) => b.published_at.localeCompare(a.published_at) || b.id - a.id);
    }

    return {
        reset() {
            stored = [];
        },
        // True when the request was a releases route (and has been answered).
        handle(req, res, url) {
            if (req.method !== 'GET')
                return false;
            const base = `http://${req.headers.host}`;
            let m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/releases$/);
            if (m) {
                const {slice, headers} = page(url, list('github', m[1]), 'github');
                sendJson(req, res, {forge: 'github', template: TEMPLATE}, 200,
                    slice.map((r) => githubRelease(base, r)), headers);
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
            if (path !== '/_control/releases')
                return false;
            add(payload.forge || 'github', payload.project, payload.releases || []);
            reply({ok: true});
            return true;
        },
        // The GitHub answer's shape against the description, for server.js's start check.
        selfCheck(checkGithub) {
            add('github', 'octo/app', [{tag_name: 'v1.0.0'}, {tag_name: 'v1.1.0-rc.1', prerelease: true},
                {tag_name: 'v2.0.0', draft: true}]);
            const problem = checkGithub(TEMPLATE, 'get', 200,
                list('github', 'octo/app').map((r) => githubRelease('http://127.0.0.1', r)));
            stored = [];
            return problem;
        },
    };
};
