<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountSession</name>
    <message numerus="yes">
        <source>Checking %n service(s)…</source>
        <translation>
            <numerusform>Checking %n service…</numerusform>
            <numerusform>Checking %n services…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation>
            <numerusform>%n service of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</numerusform>
            <numerusform>%n services of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation>
            <numerusform>Apply %n action to the account of %1 at %2? [y/N] </numerusform>
            <numerusform>Apply %n actions to the account of %1 at %2? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation>
            <numerusform>%1 of %2 action applied.</numerusform>
            <numerusform>%1 of %2 actions applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation>
            <numerusform>%n action of the plan was not applied; the others were.</numerusform>
            <numerusform>%n actions of the plan were not applied; the others were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation>
            <numerusform>%n service of the account could not be read; the audit covers the rest:</numerusform>
            <numerusform>%n services of the account could not be read; the audit covers the rest:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln services</source>
        <translation>
            <numerusform>%Ln service</numerusform>
            <numerusform>%Ln services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln instance</numerusform>
            <numerusform>%Ln instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serious</source>
        <translation>
            <numerusform>%Ln serious</numerusform>
            <numerusform>%Ln serious</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to improve</source>
        <translation>
            <numerusform>%Ln to improve</numerusform>
            <numerusform>%Ln to improve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for information</source>
        <translation>
            <numerusform>%Ln for information</numerusform>
            <numerusform>%Ln for information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepted</numerusform>
            <numerusform>%Ln accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n service(s) could not be read and are left out of the checks: %1</source>
        <translation>
            <numerusform>%n service could not be read and is left out of the checks: %1</numerusform>
            <numerusform>%n services could not be read and are left out of the checks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n danger</source>
        <translation>
            <numerusform>%n danger</numerusform>
            <numerusform>%n danger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation>
            <numerusform>%n exempt</numerusform>
            <numerusform>%n exempt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message numerus="yes">
        <source>%n other applications</source>
        <translation>
            <numerusform>%n other application</numerusform>
            <numerusform>%n other applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n instance(s)</source>
        <translation>
            <numerusform>%1 in %2: %n instance</numerusform>
            <numerusform>%1 in %2: %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation>
            <numerusform>Wrote %1: %n scaling action.</numerusform>
            <numerusform>Wrote %1: %n scaling actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation>
            <numerusform>%n service of the account could not be read; the plan covers the rest:</numerusform>
            <numerusform>%n services of the account could not be read; the plan covers the rest:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter: nothing to scale.</source>
        <translation>
            <numerusform>The %Ln application survives the loss of any one datacenter: nothing to scale.</numerusform>
            <numerusform>All %Ln applications survive the loss of any one datacenter: nothing to scale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; no scaling would save another.</source>
        <translation>
            <numerusform>Now %1 of %Ln application survives the loss of any one datacenter; no scaling would save another.</numerusform>
            <numerusform>Now %1 of %Ln applications survive the loss of any one datacenter; no scaling would save another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; after the plan, %2 would.</source>
        <translation>
            <numerusform>Now %1 of %Ln application survives the loss of any one datacenter; after the plan, %2 would.</numerusform>
            <numerusform>Now %1 of %Ln applications survive the loss of any one datacenter; after the plan, %2 would.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions, each a change of instances followed by a deployment:</source>
        <translation>
            <numerusform>%Ln action, a change of instances followed by a deployment:</numerusform>
            <numerusform>%Ln actions, each a change of instances followed by a deployment:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What scaling cannot fix (%Ln manual steps):</source>
        <translation>
            <numerusform>What scaling cannot fix (%Ln manual step):</numerusform>
            <numerusform>What scaling cannot fix (%Ln manual steps):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>After the plan, %1 of %n application would survive the loss of any one datacenter.</numerusform>
            <numerusform>After the plan, %1 of %n applications would survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation>
            <numerusform>It scales %n service in %1.</numerusform>
            <numerusform>It scales %n services in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation>
            <numerusform>&amp;Manual steps, which scaling cannot do (%n)</numerusform>
            <numerusform>&amp;Manual steps, which scaling cannot do (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation>
            <numerusform>Scale %n service of %1 now?</numerusform>
            <numerusform>Scale %n services of %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation>
            <numerusform>Scaling %1 to %n instance (%2 of %3)…</numerusform>
            <numerusform>Scaling %1 to %n instances (%2 of %3)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation>
            <numerusform>%n action applied.</numerusform>
            <numerusform>%n actions applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation>
            <numerusform>Cancelled: %n action not started (%1).</numerusform>
            <numerusform>Cancelled: %n actions not started (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Done: %1 (%2 → %n instance): %3</numerusform>
            <numerusform>Done: %1 (%2 → %n instances): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Refused: %1 (%2 → %n instance): %3</numerusform>
            <numerusform>Refused: %1 (%2 → %n instances): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sca&amp;ling actions (%n)</source>
        <translation>
            <numerusform>Sca&amp;ling action (%n)</numerusform>
            <numerusform>Sca&amp;ling actions (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation>
            <numerusform>The platform accepted: %1 now has %n instance.</numerusform>
            <numerusform>The platform accepted: %1 now has %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(after %n retry)</numerusform>
            <numerusform>(after %n retries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation>
            <numerusform>%n other application</numerusform>
            <numerusform>%n other applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(after %n retry)</numerusform>
            <numerusform>(after %n retries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>The %Ln application survives the loss of any one datacenter.</numerusform>
            <numerusform>All %Ln applications survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>%1 of %Ln application survives the loss of any one datacenter.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation>
            <numerusform>%1 of %Ln application survives the loss of any one datacenter; %2 would go down.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>The %Ln application survives the loss of any one host.</numerusform>
            <numerusform>All %Ln applications survive the loss of any one host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>%1 of %Ln application survives the loss of any one host.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln open danger finding caps the grade at D; the score, %1/100, orders accounts within a grade.</numerusform>
            <numerusform>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln open warning caps the grade at B; the score, %1/100, orders accounts within a grade.</numerusform>
            <numerusform>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln members. A MongoDB replica set needs an odd number of members, at most 5: the platform ignores even counts, and with an even split a lost zone can leave no majority to elect a primary, so the database stops taking writes.</source>
        <translation>
            <numerusform>%1 has %Ln member. A MongoDB replica set needs an odd number of members, at most 5: the platform ignores even counts, and with an even split a lost zone can leave no majority to elect a primary, so the database stops taking writes.</numerusform>
            <numerusform>%1 has %Ln members. A MongoDB replica set needs an odd number of members, at most 5: the platform ignores even counts, and with an even split a lost zone can leave no majority to elect a primary, so the database stops taking writes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln instances of %1 run on the same host, %2: the instances protect against a crashed process, not against the loss of that machine, which takes all of them down at once.</source>
        <translation>
            <numerusform>The %Ln instance of %1 runs on host %2: it protects against a crashed process, not against the loss of that machine.</numerusform>
            <numerusform>All %Ln instances of %1 run on the same host, %2: the instances protect against a crashed process, not against the loss of that machine, which takes all of them down at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln instances of %1 run on different hosts but all in one datacenter, %2: when that availability zone fails (as us-east did in June 2012) all of them go at once.</source>
        <translation>
            <numerusform>The %Ln instance of %1 runs in one datacenter, %2: when that availability zone fails (as us-east did in June 2012) it goes with it.</numerusform>
            <numerusform>The %Ln instances of %1 run on different hosts but all in one datacenter, %2: when that availability zone fails (as us-east did in June 2012) all of them go at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln instances of %2 are not up (%3): the service runs with less redundancy than it was scaled for, so one more lost host or zone can take it down.</source>
        <translation>
            <numerusform>%1 of the %Ln instance of %2 is not up (%3): the service runs with less redundancy than it was scaled for, so one more lost host or zone can take it down.</numerusform>
            <numerusform>%1 of the %Ln instances of %2 are not up (%3): the service runs with less redundancy than it was scaled for, so one more lost host or zone can take it down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message numerus="yes">
        <source>%1 of %2 runs %n instance(s) now.</source>
        <translation>
            <numerusform>%1 of %2 runs %n instance now.</numerusform>
            <numerusform>%1 of %2 runs %n instances now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read again: %1 has %n instance(s).</source>
        <translation>
            <numerusform>Read again: %1 has %n instance.</numerusform>
            <numerusform>Read again: %1 has %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScalingPlanner</name>
    <message numerus="yes">
        <source>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</source>
        <translation>
            <numerusform>No instance count of %1 survives the loss of a datacenter over the %Ln datacenter the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</numerusform>
            <numerusform>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message numerus="yes">
        <source>%1 → %n instance(s) up</source>
        <translation>
            <numerusform>%1 → %n instance up</numerusform>
            <numerusform>%1 → %n instances up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation>
            <numerusform>%n service could not be read; it is listed in the snapshot as an error</numerusform>
            <numerusform>%n services could not be read; they are listed in the snapshot as errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation>
            <numerusform>Wrote %1: %n application, %2 services, %3 instances of %4.</numerusform>
            <numerusform>Wrote %1: %n applications, %2 services, %3 instances of %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message numerus="yes">
        <source>%n of your services have instances in %1</source>
        <translation>
            <numerusform>%n of your services has instances in %1</numerusform>
            <numerusform>%n of your services have instances in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 are down in %2</source>
        <translation>
            <numerusform>%1 is down in %2</numerusform>
            <numerusform>%1 are down in %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would go down if %2 failed</source>
        <translation>
            <numerusform>%1 would go down if %2 failed</numerusform>
            <numerusform>%1 would go down if %2 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>For %n hour</numerusform>
            <numerusform>For %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusFeedDialog</name>
    <message numerus="yes">
        <source>%1: status unknown (a feed tells no level) — %n entries</source>
        <translation>
            <numerusform>%1: status unknown (a feed tells no level) — %n entry</numerusform>
            <numerusform>%1: status unknown (a feed tells no level) — %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReportWriter</name>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation>
            <numerusform>%n component is operational.</numerusform>
            <numerusform>All %n components are operational.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation>
            <numerusform>… and %n older update</numerusform>
            <numerusform>… and %n older updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n month</numerusform>
            <numerusform>in %n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n year</numerusform>
            <numerusform>in %n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message numerus="yes">
        <source>If %1 fails: %n application(s) go down</source>
        <translation>
            <numerusform>If %1 fails: %n application goes down</numerusform>
            <numerusform>If %1 fails: %n applications go down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degrade</source>
        <translation>
            <numerusform>, %n degrades</numerusform>
            <numerusform>, %n degrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n keep running.</source>
        <translation>
            <numerusform>, %n keeps running.</numerusform>
            <numerusform>, %n keep running.</numerusform>
        </translation>
    </message>
</context>
</TS>
