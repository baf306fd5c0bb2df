#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// One change of instance count, as the platform CLI would make it (and after it, a deployment).
struct ScalingAction
{
    QString application;
    QString service;
    int from = 0;      // instances now
    int instances = 0; // instances after the action
    QString command;   // the exact platform CLI command, every word quoted for a POSIX shell
    QStringList saves; // the applications that survive any one datacenter once the plan is done
                       // and that need this action to (an application's every action lists it)

    friend bool operator==(const ScalingAction &a, const ScalingAction &b)
    {
        return a.application == b.application && a.service == b.service && a.from == b.from &&
               a.instances == b.instances && a.command == b.command && a.saves == b.saves;
    }
};

// What scaling cannot fix, with the steps that do.
struct ManualStep
{
    QString application;
    QString service; // empty for the whole application (sandbox flavor)
    QString rule;    // the rule id of docs/design.md §4 that names the problem
    QString steps;   // what to do, in words (commands quoted as in fixes)

    friend bool operator==(const ManualStep &a, const ManualStep &b)
    {
        return a.application == b.application && a.service == b.service && a.rule == b.rule &&
               a.steps == b.steps;
    }
};

// The smallest set of scaling actions after which every application that scaling can save
// survives the loss of any one datacenter, with the rest as manual steps.
struct ScalingPlan
{
    QList<ScalingAction> actions; // ordered by what they save: the cheapest rescues first
    QList<ManualStep> manual;
    int applications = 0;
    int surviveAnyDatacenterNow = 0;
    int surviveAnyDatacenterAfter = 0; // predicted, deployments' spread included

    bool isEmpty() const { return actions.isEmpty() && manual.isEmpty(); }
};
