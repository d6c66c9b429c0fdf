// SPDX-License-Identifier: GPL-3.0-or-later
// A stateful GitHub Actions and GitLab CI API double for ReleaseDesk's tests. Node built-ins
// only, plus the pinned OpenAPI description of GitHub and a JSON-schema validator: every GitHub
// answer it serves is checked against the documented response schema of its operation, and a
// mismatch is answered with HTTP 599 and a "SCHEMA MISMATCH" log line, so the double cannot
// drift from the real API unnoticed.
//
//   node server.js STATE_DIR
//
// Listens on 127.0.0.1 only: plain http on a free port (written to STATE_DIR/port) and, when
// STATE_DIR/cert.pem and key.pem exist, https with that self-signed certificate (STATE_DIR/
// tls-port). GitHub is served at /repos/..., GitLab at /api/v4/.... The tests drive it through
// /_control/... (see handleControl).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');

const stateDir = process.argv[2];
if (!stateDir) {
    console.error('usage: node server.js STATE_DIR');
    process.exit(2);
}

// ---- OpenAPI validation of GitHub answers -------------------------------------------------

const Ajv = require('ajv');
const spec = require('@octokit/openapi/generated/api.github.com.json');
// OpenAPI 3.0.3 lets `nullable: true` admit null even beside an `enum` that lacks it (GitHub's
// "conclusion": null); JSON Schema validators need the null spelled out in the enum.
(function admitNull(node) {
    if (Array.isArray(node)) {
        node.forEach(admitNull);
    } else if (node && typeof node === 'object') {
        if (node.nullable === true && Array.isArray(node.enum) && !node.enum.includes(null))
            node.enum.push(null);
        Object.values(node).forEach(admitNull);
    }
})(spec);
const ajv = new Ajv({strict: false, validateFormats: false, allErrors: true, validateSchema: false});
ajv.addSchema(spec, 'github');
const validators = new Map();

function pointer(parts) {
    return parts.map((p) => String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
}

// The response object of an operation, following a $ref into components/responses.
function documentedResponse(template, method, status) {
    const operation = spec.paths[template] && spec.paths[template][method];
    if (!operation)
        return {error: `operation ${method.toUpperCase()} ${template} is not in the description`};
    let response = operation.responses[String(status)];
    let where = ['paths', template, method, 'responses', String(status)];
    if (!response)
        return {error: `status ${status} is not documented for ${method.toUpperCase()} ${template}`};
    if (response.$ref) {
        const name = response.$ref.split('/').pop();
        response = spec.components.responses[name];
        where = ['components', 'responses', name];
    }
    return {response, where};
}

// Returns null when `body` is what the description promises, else a description of the mismatch.
function checkGithub(template, method, status, body) {
    const {response, where, error} = documentedResponse(template, method, status);
    if (error)
        return error;
    const content = response.content && response.content['application/json'];
    if (!content)
        return body === undefined ? null : `status ${status} has no documented body`;
    const key = pointer(where);
    let validate = validators.get(key);
    if (!validate) {
        validate = ajv.compile({$ref: `github#/${pointer([...where, 'content', 'application/json', 'schema'])}`});
        validators.set(key, validate);
    }
    if (validate(body))
        return null;
    return ajv.errorsText(validate.errors, {dataVar: 'body'});
}

// ---- State --------------------------------------------------------------------------------

let state;
function reset() {
    state = {
        nextId: 1000,
        runs: [],        // both forges; run.forge is "github" or "gitlab"
        faults: [],      // queued fault switches, consumed one request at a time
        requests: [],    // what the clients sent, for the tests to check
        answered: {},    // how many answers of each status were sent (the watch soak's 304 share)
        rateRemaining: 5000,
        hung: [],
        users: {},       // token -> login: who GET /user says a token belongs to
    };
}
reset();

const epoch = () => Math.floor(Date.now() / 1000);
const iso = (seconds) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

// A run's script: the neutral states it goes through, one per /_control/advance.
const neutral = ['queued', 'running', 'success', 'failure', 'cancelled', 'skipped'];

function makeRun(forge, project, spec_) {
    const id = ++state.nextId;
    const created = spec_.createdAt || epoch() - 3600 + id;
    const run = {
        forge, project, id,
        workflow: spec_.workflow || 'CI',
        path: spec_.path || '.github/workflows/ci.yml',
        ref: spec_.ref || 'main',
        sha: spec_.sha || crypto.createHash('sha1').update(String(id)).digest('hex'),
        event: spec_.event || 'push',
        actor: spec_.actor || 'octocat',
        script: spec_.states || ['queued', 'running', 'success'],
        step: 0,
        created,
        started: null,
        finished: null,
        jobs: (spec_.jobs || [{name: 'build'}]).map((job) => ({
            id: ++state.nextId,
            name: job.name,
            script: job.states || spec_.states || ['queued', 'running', 'success'],
            duration: job.duration || 60,
            step: 0,
            started: null,
            finished: null,
        })),
    };
    for (const s of [...run.script, ...run.jobs.flatMap((j) => j.script)]) {
        if (!neutral.includes(s))
            throw new Error(`unknown state "${s}"; use one of ${neutral.join(', ')}`);
    }
    settle(run);
    state.runs.push(run);
    return run;
}

function stateOf(thing) {
    return thing.script[Math.min(thing.step, thing.script.length - 1)];
}

// Timestamps follow the states: started when running or done, finished when done.
function settle(run) {
    let offset = 0;
    for (const job of run.jobs) {
        const s = stateOf(job);
        if (s !== 'queued' && job.started === null)
            job.started = run.created + 10 + offset;
        if (!['queued', 'running'].includes(s) && job.finished === null)
            job.finished = job.started + job.duration;
        offset += job.duration;
    }
    const s = stateOf(run);
    if (s !== 'queued' && run.started === null)
        run.started = run.created + 5;
    if (!['queued', 'running'].includes(s) && run.finished === null)
        run.finished = Math.max(run.started + 1, ...run.jobs.map((j) => j.finished || 0));
}

function advance() {
    for (const run of state.runs) {
        run.step = Math.min(run.step + 1, run.script.length - 1);
        for (const job of run.jobs)
            job.step = Math.min(job.step + 1, job.script.length - 1);
        settle(run);
    }
}

// ---- GitHub shapes ------------------------------------------------------------------------

function githubStatus(s) {
    if (s === 'queued')
        return {status: 'queued', conclusion: null};
    if (s === 'running')
        return {status: 'in_progress', conclusion: null};
    return {status: 'completed', conclusion: s};
}

function githubBase(req) {
    return `http://${req.headers.host}`;
}

function githubUser(base, login) {
    const u = `${base}/users/${login}`;
    return {
        login, id: 1, node_id: 'MDQ6VXNlcjE=', avatar_url: `${base}/avatars/${login}`,
        gravatar_id: '', url: u, html_url: `${base}/${login}`, followers_url: `${u}/followers`,
        following_url: `${u}/following{/other_user}`, gists_url: `${u}/gists{/gist_id}`,
        starred_url: `${u}/starred{/owner}{/repo}`, subscriptions_url: `${u}/subscriptions`,
        organizations_url: `${u}/orgs`, repos_url: `${u}/repos`, events_url: `${u}/events{/privacy}`,
        received_events_url: `${u}/received_events`, type: 'User', site_admin: false,
    };
}

function githubRepo(base, project) {
    const [owner, name] = project.split('/');
    const u = `${base}/repos/${project}`;
    const repo = {
        id: 42, node_id: 'MDEwOlJlcG9zaXRvcnk0Mg==', name, full_name: project,
        owner: githubUser(base, owner), private: false, html_url: `${base}/${project}`,
        description: null, fork: false, url: u,
    };
    for (const k of ['archive', 'assignees', 'blobs', 'branches', 'collaborators', 'comments',
        'commits', 'compare', 'contents', 'contributors', 'deployments', 'downloads', 'events',
        'forks', 'git_commits', 'git_refs', 'git_tags', 'hooks', 'issue_comment', 'issue_events',
        'issues', 'keys', 'labels', 'languages', 'merges', 'milestones', 'notifications', 'pulls',
        'releases', 'stargazers', 'statuses', 'subscribers', 'subscription', 'tags', 'teams',
        'trees'])
        repo[`${k}_url`] = `${u}/${k}`;
    return repo;
}

function githubRun(base, run) {
    const u = `${base}/repos/${run.project}/actions/runs/${run.id}`;
    const {status, conclusion} = githubStatus(stateOf(run));
    const repo = githubRepo(base, run.project);
    const updated = run.finished || run.started || run.created;
    return {
        id: run.id, name: run.workflow, node_id: `WFR_${run.id}`, head_branch: run.ref,
        head_sha: run.sha, path: run.path, display_title: `${run.workflow} on ${run.ref}`,
        actor: githubUser(base, run.actor), triggering_actor: githubUser(base, run.actor),
        run_number: run.id - 1000, event: run.event, status, conclusion, workflow_id: 7,
        url: u, html_url: `${base}/${run.project}/actions/runs/${run.id}`, pull_requests: [],
        created_at: iso(run.created), updated_at: iso(updated),
        run_started_at: iso(run.started || run.created), run_attempt: 1,
        jobs_url: `${u}/jobs`, logs_url: `${u}/logs`, check_suite_url: `${u}/check-suite`,
        artifacts_url: `${u}/artifacts`, cancel_url: `${u}/cancel`, rerun_url: `${u}/rerun`,
        workflow_url: `${base}/repos/${run.project}/actions/workflows/7`,
        head_commit: {
            id: run.sha, tree_id: run.sha, message: 'commit', timestamp: iso(run.created),
            author: {name: 'Ada', email: 'ada@example.org'},
            committer: {name: 'Ada', email: 'ada@example.org'},
        },
        repository: repo, head_repository: repo,
    };
}

function githubJob(base, run, job) {
    const {status, conclusion} = githubStatus(stateOf(job));
    return {
        id: job.id, run_id: run.id, run_url: `${base}/repos/${run.project}/actions/runs/${run.id}`,
        node_id: `CR_${job.id}`, head_sha: run.sha, head_branch: run.ref, workflow_name: run.workflow,
        url: `${base}/repos/${run.project}/actions/jobs/${job.id}`,
        html_url: `${base}/${run.project}/actions/runs/${run.id}/job/${job.id}`,
        status, conclusion, created_at: iso(run.created),
        started_at: iso(job.started || run.created), completed_at: job.finished ? iso(job.finished) : null,
        name: job.name, steps: [], check_run_url: `${base}/repos/${run.project}/check-runs/${job.id}`,
        labels: ['ubuntu-latest'], runner_id: null, runner_name: null, runner_group_id: null,
        runner_group_name: null,
    };
}

// ---- GitLab shapes ------------------------------------------------------------------------

function gitlabStatus(s) {
    return {queued: 'pending', running: 'running', success: 'success', failure: 'failed',
        cancelled: 'canceled', skipped: 'skipped'}[s];
}

function gitlabPipeline(base, run) {
    return {
        id: run.id, iid: run.id - 1000, project_id: 42, sha: run.sha, ref: run.ref,
        status: gitlabStatus(stateOf(run)), source: run.event, name: run.workflow,
        user: {id: 1, username: run.actor, name: run.actor, state: 'active',
            avatar_url: `${base}/avatars/${run.actor}`, web_url: `${base}/${run.actor}`},
        created_at: iso(run.created), updated_at: iso(run.finished || run.started || run.created),
        started_at: run.started ? iso(run.started) : null,
        finished_at: run.finished ? iso(run.finished) : null,
        duration: run.finished ? run.finished - run.started : null,
        web_url: `${base}/${run.project}/-/pipelines/${run.id}`,
    };
}

function gitlabJob(base, run, job) {
    return {
        id: job.id, name: job.name, stage: 'test', status: gitlabStatus(stateOf(job)),
        created_at: iso(run.created), started_at: job.started ? iso(job.started) : null,
        finished_at: job.finished ? iso(job.finished) : null,
        duration: job.finished ? job.finished - job.started : null,
        web_url: `${base}/${run.project}/-/jobs/${job.id}`,
        pipeline: {id: run.id, ref: run.ref, sha: run.sha, status: gitlabStatus(stateOf(run))},
    };
}

// ---- HTTP plumbing ------------------------------------------------------------------------

function log(line) {
    process.stdout.write(`${new Date().toISOString()} ${line}\n`);
}

function rateHeaders(forge) {
    const reset = String(epoch() + 3600);
    if (forge === 'github')
        return {'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(state.rateRemaining),
            'x-ratelimit-used': String(5000 - state.rateRemaining), 'x-ratelimit-reset': reset,
            'x-ratelimit-resource': 'core'};
    return {'RateLimit-Limit': '2000', 'RateLimit-Remaining': String(state.rateRemaining),
        'RateLimit-Reset': reset, 'RateLimit-Observed': String(5000 - state.rateRemaining)};
}

// Sends JSON with an ETag; answers 304 when the client already holds this body.
function sendJson(req, res, ctx, status, body, extraHeaders = {}) {
    if (ctx.forge === 'github' && ctx.template) {
        // ctx.method: check against another operation's documented answer (one the described
        // operation lacks, such as the 422 of an edit of an immutable release).
        const mismatch = checkGithub(ctx.template, (ctx.method || req.method).toLowerCase(), status, body);
        if (mismatch) {
            log(`SCHEMA MISMATCH ${req.method} ${req.url} (${ctx.template}, ${status}): ${mismatch}`);
            res.writeHead(599, {'content-type': 'text/plain'});
            res.end(`forge double: the answer does not match GitHub's OpenAPI description: ${mismatch}\n`);
            return;
        }
    }
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers = {...rateHeaders(ctx.forge), ...extraHeaders};
    if (req.method === 'GET' && status === 200) {
        const etag = `W/"${crypto.createHash('sha1').update(text).digest('hex')}"`;
        headers.etag = etag;
        if (req.headers['if-none-match'] === etag) {
            res.writeHead(304, headers);
            res.end();
            return;
        }
    }
    state.rateRemaining = Math.max(0, state.rateRemaining - 1);
    Object.assign(headers, rateHeaders(ctx.forge));
    if (text)
        headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(status, headers);
    res.end(text);
}

function readBody(req) {
    return new Promise((resolve) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => resolve(Buffer.concat(chunks)));
    });
}

// Pages `items` the way each forge does: GitHub with a Link header, GitLab with X-Next-Page.
function page(url, items, forge) {
    const perPage = Math.max(1, Math.min(100, Number(url.searchParams.get('per_page')) || (forge === 'github' ? 30 : 20)));
    const pageNo = Math.max(1, Number(url.searchParams.get('page')) || 1);
    const slice = items.slice((pageNo - 1) * perPage, pageNo * perPage);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers = {};
    if (forge === 'github') {
        const link = (n, rel) => {
            const u = new URL(url);
            u.searchParams.set('page', String(n));
            u.searchParams.set('per_page', String(perPage));
            return `<${u.toString()}>; rel="${rel}"`;
        };
        const links = [];
        if (pageNo < last)
            links.push(link(pageNo + 1, 'next'), link(last, 'last'));
        if (pageNo > 1)
            links.push(link(1, 'first'), link(pageNo - 1, 'prev'));
        if (links.length)
            headers.link = links.join(', ');
    } else {
        // Only the X-* headers, so that the client's X-Next-Page path is what gets exercised.
        Object.assign(headers, {'x-page': String(pageNo), 'x-per-page': String(perPage),
            'x-total': String(items.length), 'x-total-pages': String(last),
            'x-next-page': pageNo < last ? String(pageNo + 1) : '',
            'x-prev-page': pageNo > 1 ? String(pageNo - 1) : ''});
    }
    return {slice, headers};
}

function notFound(req, res, ctx, what) {
    if (ctx.forge === 'gitlab')
        return sendJson(req, res, ctx, 404, {message: `404 ${what} Not Found`});
    res.writeHead(404, {'content-type': 'application/json', ...rateHeaders('github')});
    res.end(JSON.stringify({message: 'Not Found', documentation_url: 'https://docs.github.com/rest'}));
}

// Applies the next queued fault switch that matches this request. Returns true when answered.
function injectFault(req, res, forge) {
    // A switch with `skip` lets that many matching requests through first.
    const index = state.faults.findIndex((f) => (!f.path || req.url.startsWith(f.path))
        && (!f.method || f.method === req.method) && !(f.skip > 0 && f.skip-- > 0));
    if (index < 0)
        return false;
    const fault = state.faults[index];
    if (--fault.count <= 0)
        state.faults.splice(index, 1);
    log(`fault injected: ${fault.kind} ${fault.status || ''} on ${req.method} ${req.url}`);
    if (fault.kind === 'drop') {
        // The network goes away mid-request: the connection is cut without an answer.
        req.socket.destroy();
        return true;
    }
    if (fault.kind === 'hang') {
        state.hung.push(res);
        return true;
    }
    if (fault.kind === 'malformed') {
        res.writeHead(200, {'content-type': 'application/json', ...rateHeaders(forge)});
        res.end('{"workflow_runs": [{"id": 1,');
        return true;
    }
    const headers = {'content-type': 'application/json', ...rateHeaders(forge)};
    if (fault.retryAfter !== undefined)
        headers['retry-after'] = String(fault.retryAfter);
    if (fault.resetIn !== undefined) {
        const reset = String(epoch() + fault.resetIn);
        if (forge === 'github') {
            headers['x-ratelimit-remaining'] = '0';
            headers['x-ratelimit-reset'] = reset;
        } else {
            headers['RateLimit-Remaining'] = '0';
            headers['RateLimit-Reset'] = reset;
        }
    }
    res.writeHead(fault.status, headers);
    res.end(JSON.stringify({message: fault.message || `injected ${fault.status}`}));
    return true;
}

// ---- Routes -------------------------------------------------------------------------------

// GitHub and GitLab releases live in releases.js.
const releases = require('./releases.js')({sendJson, page, githubUser, iso, epoch, notFound});

const RUNS = '/repos/{owner}/{repo}/actions/runs';
const JOBS = '/repos/{owner}/{repo}/actions/runs/{run_id}/jobs';
const DISPATCH = '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches';
const RERUN = '/repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs';
const CANCEL = '/repos/{owner}/{repo}/actions/runs/{run_id}/cancel';
const USER = '/user';

// The token a request carries: GitHub's "Authorization: Bearer|token T", GitLab's
// PRIVATE-TOKEN header or Bearer.
function requestToken(req) {
    const header = req.headers.authorization || '';
    const m = header.match(/^(?:Bearer|token)\s+(.+)$/i);
    return m ? m[1] : (req.headers['private-token'] || '');
}

// GitHub's "public-user": the simple user plus the profile fields GET /user answers with.
function githubProfile(base, login) {
    return {...githubUser(base, login), name: login, company: null, blog: '', location: null,
        email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0,
        following: 0, created_at: iso(epoch() - 86400 * 400), updated_at: iso(epoch() - 86400)};
}

async function handleGithub(req, res, url, body) {
    const base = githubBase(req);
    let m;
    const ctx = {forge: 'github'};
    if (url.pathname === USER && req.method === 'GET') {
        ctx.template = USER;
        const login = state.users[requestToken(req)];
        if (!login)
            return sendJson(req, res, ctx, 401, {message: 'Bad credentials',
                documentation_url: 'https://docs.github.com/rest'});
        return sendJson(req, res, ctx, 200, githubProfile(base, login));
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/runs$/)) && req.method === 'GET') {
        ctx.template = RUNS;
        const branch = url.searchParams.get('branch');
        const sha = url.searchParams.get('head_sha');
        const runs = state.runs
            .filter((r) => r.forge === 'github' && r.project === m[1])
            .filter((r) => (!branch || r.ref === branch) && (!sha || r.sha === sha))
            .sort((a, b) => b.created - a.created || b.id - a.id);
        const {slice, headers} = page(url, runs, 'github');
        return sendJson(req, res, ctx, 200,
            {total_count: runs.length, workflow_runs: slice.map((r) => githubRun(base, r))}, headers);
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/runs\/(\d+)\/(jobs|rerun-failed-jobs|cancel)$/))) {
        const run = state.runs.find((r) => r.forge === 'github' && r.project === m[1] && r.id === Number(m[2]));
        if (!run)
            return notFound(req, res, ctx, 'Run');
        if (m[3] === 'jobs' && req.method === 'GET') {
            ctx.template = JOBS;
            const {slice, headers} = page(url, run.jobs, 'github');
            return sendJson(req, res, ctx, 200,
                {total_count: run.jobs.length, jobs: slice.map((j) => githubJob(base, run, j))}, headers);
        }
        if (m[3] === 'rerun-failed-jobs' && req.method === 'POST') {
            ctx.template = RERUN;
            rerun(run);
            return sendJson(req, res, ctx, 201, {});
        }
        if (m[3] === 'cancel' && req.method === 'POST') {
            ctx.template = CANCEL;
            if (!['queued', 'running'].includes(stateOf(run)))
                return sendJson(req, res, ctx, 409, {message: 'Cannot cancel a workflow run that is completed.',
                    documentation_url: 'https://docs.github.com/rest'});
            cancel(run);
            return sendJson(req, res, ctx, 202, {});
        }
    }
    if ((m = url.pathname.match(/^\/repos\/([^/]+\/[^/]+)\/actions\/workflows\/([^/]+)\/dispatches$/)) && req.method === 'POST') {
        ctx.template = DISPATCH;
        let payload;
        try {
            payload = JSON.parse(body);
        } catch {
            return sendJson(req, res, ctx, 422, {message: 'Problems parsing JSON'});
        }
        if (!payload.ref)
            return sendJson(req, res, ctx, 422, {message: 'Invalid request.\n\n"ref" wasn\'t supplied.',
                documentation_url: 'https://docs.github.com/rest'});
        makeRun('github', m[1], {workflow: decodeURIComponent(m[2]), path: `.github/workflows/${decodeURIComponent(m[2])}`,
            ref: payload.ref, event: 'workflow_dispatch', states: ['queued', 'running', 'success']});
        return sendJson(req, res, ctx, 204, undefined);
    }
    return notFound(req, res, ctx, 'Resource');
}

function rerun(run) {
    for (const job of run.jobs) {
        if (['failure', 'cancelled'].includes(stateOf(job))) {
            job.script = ['queued', 'running', 'success'];
            job.step = 0;
            job.started = job.finished = null;
        }
    }
    run.script = ['queued', 'running', 'success'];
    run.step = 0;
    run.finished = null;
    settle(run);
}

function cancel(run) {
    run.script = [...run.script.slice(0, run.step + 1), 'cancelled'];
    run.step = run.script.length - 1;
    for (const job of run.jobs) {
        if (['queued', 'running'].includes(stateOf(job))) {
            job.script = ['cancelled'];
            job.step = 0;
        }
    }
    settle(run);
}

async function handleGitlab(req, res, url, body) {
    const base = `http://${req.headers.host}`;
    const ctx = {forge: 'gitlab'};
    if (url.pathname === '/api/v4/user' && req.method === 'GET') {
        const login = state.users[requestToken(req)];
        if (!login)
            return sendJson(req, res, ctx, 401, {message: '401 Unauthorized'});
        return sendJson(req, res, ctx, 200, {id: 7, username: login, name: login, state: 'active',
            avatar_url: `${base}/avatars/${login}`, web_url: `${base}/${login}`});
    }
    const m = url.pathname.match(/^\/api\/v4\/projects\/([^/]+)\/(pipelines|pipeline)(?:\/(\d+)(?:\/(jobs|retry|cancel))?)?$/);
    if (!m)
        return notFound(req, res, ctx, 'Resource');
    const project = decodeURIComponent(m[1]);
    const mine = state.runs.filter((r) => r.forge === 'gitlab' && r.project === project);
    if (m[2] === 'pipeline' && req.method === 'POST' && !m[3]) {
        let payload = {};
        try {
            payload = body ? JSON.parse(body) : {};
        } catch {
            return sendJson(req, res, ctx, 400, {message: 'Problems parsing JSON'});
        }
        const ref = payload.ref || url.searchParams.get('ref');
        if (!ref)
            return sendJson(req, res, ctx, 400, {message: 'ref is missing'});
        const run = makeRun('gitlab', project, {ref, event: 'api', workflow: 'pipeline'});
        return sendJson(req, res, ctx, 201, gitlabPipeline(base, run));
    }
    if (m[2] !== 'pipelines')
        return notFound(req, res, ctx, 'Resource');
    if (!m[3] && req.method === 'GET') {
        const ref = url.searchParams.get('ref');
        const sha = url.searchParams.get('sha');
        const runs = mine.filter((r) => (!ref || r.ref === ref) && (!sha || r.sha === sha))
            .sort((a, b) => b.id - a.id);
        const {slice, headers} = page(url, runs, 'gitlab');
        // The list has no times; like GitLab's, they come with the single pipeline.
        const basic = (r) => {
            const {started_at, finished_at, duration, name, ...rest} = gitlabPipeline(base, r);
            void started_at, finished_at, duration, name;
            return rest;
        };
        return sendJson(req, res, ctx, 200, slice.map(basic), headers);
    }
    const run = mine.find((r) => r.id === Number(m[3]));
    if (!run)
        return notFound(req, res, ctx, 'Pipeline');
    if (m[4] === 'jobs' && req.method === 'GET') {
        const {slice, headers} = page(url, run.jobs, 'gitlab');
        return sendJson(req, res, ctx, 200, slice.map((j) => gitlabJob(base, run, j)), headers);
    }
    if (m[4] === 'retry' && req.method === 'POST') {
        rerun(run);
        return sendJson(req, res, ctx, 201, gitlabPipeline(base, run));
    }
    if (m[4] === 'cancel' && req.method === 'POST') {
        if (['queued', 'running'].includes(stateOf(run)))
            cancel(run);
        return sendJson(req, res, ctx, 200, gitlabPipeline(base, run));
    }
    if (!m[4] && req.method === 'GET')
        return sendJson(req, res, ctx, 200, gitlabPipeline(base, run));
    return notFound(req, res, ctx, 'Resource');
}

// The tests' side door:
//   POST /_control/reset                    forget runs, faults and the request log
//   POST /_control/runs {forge, project, runs: [{workflow, path, ref, sha, event, states,
//                        jobs: [{name, states, duration}]}]}   -> {ids: [...]}
//   POST /_control/advance                  every run and job one step along its script
//   POST /_control/fault {kind: status|hang|malformed|drop, status, retryAfter, resetIn, count,
//                         path, method, skip}   drop: the connection is cut without an answer;
//                                           only requests of `method` under `path` match, the
//                                           first `skip` of them pass
//   GET  /_control/requests                 what the clients sent (method, url, headers, body)
//   GET  /_control/stats                    {requests, answered: {status: count}}
//   POST /_control/rate {remaining}         what the rate-limit headers say is left
//   POST /_control/users {tokens: {TOKEN: login}}   whom GET /user names for each token (others: 401)
async function handleControl(req, res, url, body) {
    const reply = (value) => {
        res.writeHead(200, {'content-type': 'application/json'});
        res.end(JSON.stringify(value));
    };
    const payload = body ? JSON.parse(body) : {};
    switch (url.pathname) {
    case '/_control/reset':
        for (const hung of state.hung)
            hung.destroy();
        reset();
        releases.reset();
        return reply({ok: true});
    case '/_control/runs':
        return reply({ids: payload.runs.map((r) => makeRun(payload.forge, payload.project, r).id)});
    case '/_control/advance':
        advance();
        return reply({ok: true});
    case '/_control/fault':
        state.faults.push({count: 1, ...payload});
        return reply({ok: true});
    case '/_control/requests':
        return reply({requests: state.requests});
    case '/_control/rate':
        state.rateRemaining = payload.remaining;
        return reply({ok: true});
    case '/_control/users':
        Object.assign(state.users, payload.tokens || {});
        return reply({ok: true});
    case '/_control/stats':
        return reply({requests: state.requests.length, answered: state.answered});
    default:
        if (releases.control(url.pathname, payload, reply))
            return undefined;
        res.writeHead(404);
        res.end();
    }
}

async function handle(req, res) {
    const raw = await readBody(req); // bytes: release assets are binary
    const body = raw.toString('utf8');
    const url = new URL(req.url, `http://${req.headers.host || '127.0.0.1'}`);
    try {
        if (url.pathname.startsWith('/_control/'))
            return await handleControl(req, res, url, body);
        state.requests.push({method: req.method, url: req.url, headers: req.headers, body});
        const answered = state.answered;
        res.on('finish', () => {
            answered[res.statusCode] = (answered[res.statusCode] || 0) + 1;
        });
        const forge = url.pathname.startsWith('/api/v4/') ? 'gitlab' : 'github';
        if (injectFault(req, res, forge) || releases.handle(req, res, url, raw))
            return;
        if (forge === 'gitlab')
            return await handleGitlab(req, res, url, body);
        return await handleGithub(req, res, url, body);
    } catch (error) {
        log(`ERROR ${req.method} ${req.url}: ${error.stack}`);
        res.writeHead(598, {'content-type': 'text/plain'});
        res.end(`forge double: ${error.message}\n`);
    }
}

function listen(server, file) {
    server.listen(0, '127.0.0.1', () => {
        const port = server.address().port;
        fs.writeFileSync(path.join(stateDir, `${file}.tmp`), String(port));
        fs.renameSync(path.join(stateDir, `${file}.tmp`), path.join(stateDir, file));
        log(`listening on 127.0.0.1:${port} (${file})`);
    });
}

// Checks every route's answer shape once at start, so a drifted double fails at once.
function selfCheck() {
    const run = makeRun('github', 'octo/app', {states: ['success']});
    const problems = [
        checkGithub(RUNS, 'get', 200, {total_count: 1, workflow_runs: [githubRun('http://127.0.0.1', run)]}),
        checkGithub(JOBS, 'get', 200, {total_count: 1, jobs: [githubJob('http://127.0.0.1', run, run.jobs[0])]}),
        checkGithub(USER, 'get', 200, githubProfile('http://127.0.0.1', 'octocat')),
        checkGithub(USER, 'get', 401, {message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest'}),
        releases.selfCheck(checkGithub),
    ].filter(Boolean);
    reset();
    if (problems.length) {
        log(`SCHEMA MISMATCH at start: ${problems.join('; ')}`);
        process.exit(1);
    }
}

selfCheck();
listen(http.createServer(handle), 'port');
const cert = path.join(stateDir, 'cert.pem');
const key = path.join(stateDir, 'key.pem');
if (fs.existsSync(cert) && fs.existsSync(key))
    listen(https.createServer({cert: fs.readFileSync(cert), key: fs.readFileSync(key)}, handle), 'tls-port');
