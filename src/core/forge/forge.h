// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forge/forgelocation.h"
#include "forge/pipelinerun.h"

#include <QList>
#include <QPair>

#include <memory>

namespace rd::net {
class HttpClient;
struct HttpRequest;
} // namespace rd::net

namespace rd {

namespace errc {
inline constexpr QStringView forgeNoToken = u"forge.no-token";
} // namespace errc

// Which runs to list: those of a branch, a tag or a commit (or all).
struct RunFilter
{
    enum class Kind { Any, Branch, Tag, Commit };
    Kind kind = Kind::Any;
    QString value;
    int limit = 20; // newest first, at most this many
};

// Key/value pairs in the order given: workflow_dispatch inputs, GitLab pipeline variables.
using Inputs = QList<QPair<QString, QString>>;

// A forge's CI: GitHub Actions or GitLab CI, through one interface and one vocabulary of
// states. Calls block (they run the client's local event loop): use them on a worker thread
// or in the CLI. The client and its thread are the caller's.
class Forge
{
public:
    virtual ~Forge() = default;

    const ForgeLocation &location() const { return m_location; }

    virtual Result<QList<PipelineRun>> runs(const RunFilter &filter) = 0;
    // The jobs of a run, with their durations and links.
    virtual Result<QList<PipelineJob>> jobs(const PipelineRun &run) = 0;
    // runs(), each with its jobs filled in; the first failure stops it.
    Result<QList<PipelineRun>> runsWithJobs(const RunFilter &filter);
    // GitHub: workflow_dispatch of `workflow` (a file name such as deploy.yml, or its id) with
    // `inputs`; GitLab: a new pipeline for `ref` with `inputs` as variables (`workflow` unused).
    virtual Status trigger(const QString &workflow, const QString &ref, const Inputs &inputs) = 0;
    virtual Status rerunFailed(const PipelineRun &run) = 0;
    virtual Status cancel(const PipelineRun &run) = 0;
    // Whom the token belongs to: GitHub's login, GitLab's username (GET /user), as runs name
    // their actor. errc::forgeNoToken without a token; a refused token is the HTTP 401 error.
    virtual Result<QString> signedInLogin() = 0;

    // The implementation for `location`; `token` may be empty (public projects).
    static std::unique_ptr<Forge> create(const ForgeLocation &location,
                                         net::HttpClient &client,
                                         const QString &token);

protected:
    Forge(ForgeLocation location, net::HttpClient &client, QString token)
        : m_location(std::move(location))
        , m_client(client)
        , m_token(std::move(token))
    {}
    // Sends a request that changes something; `what` ("Cancelling run 12") leads its error.
    Status send(const net::HttpRequest &request, const QString &what);
    // signedInLogin() of both forges: GET `request` (the API's /user) and read `field`.
    Result<QString> userLogin(const net::HttpRequest &request, QStringView field);

    ForgeLocation m_location;
    net::HttpClient &m_client;
    QString m_token;
};

} // namespace rd
