#pragma once

#include "finding.h"
#include "reportwriter.h"
#include "zonesimulation.h"

#include <QString>
#include <QStringList>

#include <optional>

enum class CommandKind
{
    Gui,     // no subcommand: the desktop application (source.snapshotPath: a file to open)
    Help,    // --help anywhere: print helpText, exit 0
    Version, // --version
    Audit,
    Simulate,
    Snapshot,
    Plan,  // the scaling plan
    Apply, // carry the plan out
    StatusReport,
    Login,
    Logout
};

// Where an inventory comes from: the platform API (default), a snapshot file, or the in-process
// demo platform.
struct SourceOptions
{
    QString apiUrl;       // empty: SCALING_ADVISOR_API_URL, the last login, or the platform default
    QString snapshotPath; // --snapshot FILE
    bool demo = false;    // --demo
    QString customer;     // --user NAME (support staff reading a customer's account)
    bool allowInsecureHttp = false;

    bool isOnline() const { return snapshotPath.isEmpty(); }
};

// One parsed command line. Which fields matter depends on kind.
struct Command
{
    CommandKind kind = CommandKind::Gui;
    SourceOptions source;
    ReportFormat format = ReportFormat::Text;
    bool pdf = false; // audit --format pdf: drawn by the GUI library (PdfReport), not ReportWriter
    QString outputPath;                                // empty: standard output
    std::optional<Severity> failOn = Severity::Danger; // nullopt: --fail-on never
    QString exemptionsPath;
    QString cliName = QStringLiteral("dotcloud");
    FailureKind failureKind = FailureKind::Datacenter; // simulate
    QString failureName;                               // simulate
    QString username;                                  // login --username
    QString statusUrl;                                 // status --status-url
    QString statusKind = QStringLiteral("auto");       // status --status-kind
    bool assumeYes = false;                            // apply --yes
    QString language; // --language fr|de|en; empty: from the environment
    QString helpText; // Help, Version
};
