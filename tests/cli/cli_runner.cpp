#include "cli/cli_runner.h"

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <stdexcept>

extern char** environ;

namespace myochart::test {

nlohmann::json CliResult::json() const {
  auto j = nlohmann::json::parse(out, nullptr, false);
  INFO("stdout: " << out.substr(0, 500) << "\nstderr: " << err);
  REQUIRE_FALSE(j.is_discarded());
  return j;
}

CliResult run_cli_raw(const std::vector<std::string>& args, const std::string& stdin_text,
                      const std::vector<std::string>& extra_env) {
  int in_pipe[2], out_pipe[2], err_pipe[2];
  if (::pipe(in_pipe) || ::pipe(out_pipe) || ::pipe(err_pipe))
    throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, in_pipe[0], 0);
  posix_spawn_file_actions_adddup2(&actions, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&actions, err_pipe[1], 2);
  for (int fd : {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]})
    posix_spawn_file_actions_addclose(&actions, fd);

  std::vector<std::string> argv_s{MYOCHART_CLI};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s;
  for (char** e = environ; *e; ++e) env_s.emplace_back(*e);
  env_s.insert(env_s.end(), extra_env.begin(), extra_env.end());
  std::vector<char*> envp;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);

  pid_t pid = 0;
  const int rc = ::posix_spawn(&pid, MYOCHART_CLI, &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  ::close(in_pipe[0]);
  ::close(out_pipe[1]);
  ::close(err_pipe[1]);
  if (rc != 0)
    throw std::runtime_error(std::string("cannot start myochart-cli: ") + std::strerror(rc));

  CliResult r;
  std::size_t written = 0;
  bool in_open = true;
  if (stdin_text.empty()) {
    ::close(in_pipe[1]);
    in_open = false;
  }
  bool out_open = true, err_open = true;
  char buf[65536];
  while (out_open || err_open) {
    std::vector<pollfd> fds;
    if (in_open) fds.push_back({in_pipe[1], POLLOUT, 0});
    if (out_open) fds.push_back({out_pipe[0], POLLIN, 0});
    if (err_open) fds.push_back({err_pipe[0], POLLIN, 0});
    if (::poll(fds.data(), fds.size(), -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (const auto& p : fds) {
      if (!p.revents) continue;
      if (p.fd == in_pipe[1]) {
        const ssize_t n = ::write(p.fd, stdin_text.data() + written, stdin_text.size() - written);
        if (n > 0) written += static_cast<std::size_t>(n);
        if (n < 0 || written == stdin_text.size()) {
          ::close(in_pipe[1]);
          in_open = false;
        }
      } else {
        const ssize_t n = ::read(p.fd, buf, sizeof buf);
        if (n <= 0) {
          ::close(p.fd);
          (p.fd == out_pipe[0] ? out_open : err_open) = false;
        } else {
          (p.fd == out_pipe[0] ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
        }
      }
    }
  }
  if (in_open) ::close(in_pipe[1]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

CliResult run_cli(const std::filesystem::path& db, const std::vector<std::string>& args,
                  const std::string& stdin_text) {
  std::vector<std::string> full{"--db", db.string()};
  full.insert(full.end(), args.begin(), args.end());
  return run_cli_raw(full, stdin_text);
}

}  // namespace myochart::test
