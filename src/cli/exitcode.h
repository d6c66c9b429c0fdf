// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rd::cli {

// Exit statuses of releasedesk-cli, documented in the README and `--help`.
enum ExitCode : int {
    Success = 0,
    Failure = 1,    // the command could not do its work (not a repository, git error, bad config)
    Usage = 2,      // wrong arguments
    Mismatch = 3,   // `status`: the version sources disagree
    Cancelled = 4,  // interrupted
    RunFailed = 5,  // `pipelines`, `watch`: some CI run failed or was cancelled
    RunPending = 6, // `pipelines`: some CI run is still queued or running; `watch`: timed out
};

} // namespace rd::cli
