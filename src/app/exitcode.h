#pragma once

// The exit codes of the command line (docs/design.md §5). Scripts and CI depend on them.
namespace ExitCode {
constexpr int Ok = 0;           // everything went fine (findings below --fail-on are fine)
constexpr int RuntimeError = 1; // network, authentication, bad data, corrupt snapshot, no display
constexpr int UsageError = 2;   // the command line itself is wrong
constexpr int Findings = 3;     // findings at or above --fail-on
} // namespace ExitCode
