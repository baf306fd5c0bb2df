<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyCommand</name>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation type="vanished">
            <numerusform>%n service of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</numerusform>
            <numerusform>%n services of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation type="vanished">
            <numerusform>Apply %n action to the account of %1 at %2? [y/N] </numerusform>
            <numerusform>Apply %n actions to the account of %1 at %2? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%1 of %2 action applied.</numerusform>
            <numerusform>%1 of %2 actions applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation type="vanished">
            <numerusform>%n action of the plan was not applied; the others were.</numerusform>
            <numerusform>%n actions of the plan were not applied; the others were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation type="vanished">
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
    <name>MainWindow</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
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
        <translation type="vanished">
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="vanished">
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation type="vanished">
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
        <source>Plan: %n scaling action(s); afterwards %1 of %2 applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Plan: %n scaling action; afterwards %1 of %2 applications survive the loss of any one datacenter.</numerusform>
            <numerusform>Plan: %n scaling actions; afterwards %1 of %2 applications survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation type="vanished">
            <numerusform>Wrote %1: %n scaling action.</numerusform>
            <numerusform>Wrote %1: %n scaling actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation type="vanished">
            <numerusform>%n service of the account could not be read; the plan covers the rest:</numerusform>
            <numerusform>%n services of the account could not be read; the plan covers the rest:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>After the plan, %1 of %n application would survive the loss of any one datacenter.</numerusform>
            <numerusform>After the plan, %1 of %n applications would survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation type="vanished">
            <numerusform>It scales %n service in %1.</numerusform>
            <numerusform>It scales %n services in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="vanished">
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling &amp;actions (%n)</source>
        <translation type="vanished">
            <numerusform>Scaling &amp;actions (%n)</numerusform>
            <numerusform>Scaling &amp;actions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Manual steps, which scaling cannot do (%n)</numerusform>
            <numerusform>&amp;Manual steps, which scaling cannot do (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation type="vanished">
            <numerusform>Scale %n service of %1 now?</numerusform>
            <numerusform>Scale %n services of %1 now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation type="vanished">
            <numerusform>Scaling %1 to %n instance (%2 of %3)…</numerusform>
            <numerusform>Scaling %1 to %n instances (%2 of %3)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%n action applied.</numerusform>
            <numerusform>%n actions applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation type="vanished">
            <numerusform>Cancelled: %n action not started (%1).</numerusform>
            <numerusform>Cancelled: %n actions not started (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation type="vanished">
            <numerusform>The platform accepted: %1 now has %n instance.</numerusform>
            <numerusform>The platform accepted: %1 now has %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(after %n retry)</numerusform>
            <numerusform>(after %n retries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation type="vanished">
            <numerusform>%n other application</numerusform>
            <numerusform>%n other applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(after %n retry)</numerusform>
            <numerusform>(after %n retries)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="vanished">
            <numerusform>%Ln more</numerusform>
            <numerusform>%Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>The %Ln application survives the loss of any one datacenter.</numerusform>
            <numerusform>All %Ln applications survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln application survives the loss of any one datacenter.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one datacenter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln application survives the loss of any one datacenter; %2 would go down.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications are not serving right now: %1.</source>
        <translation type="vanished">
            <numerusform>%Ln application is not serving right now: %1.</numerusform>
            <numerusform>%Ln applications are not serving right now: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The placement of %Ln applications could not be read, so their survival is not known: %1.</source>
        <translation type="vanished">
            <numerusform>The placement of %Ln application could not be read, so its survival is not known: %1.</numerusform>
            <numerusform>The placement of %Ln applications could not be read, so their survival is not known: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>The %Ln application survives the loss of any one host.</numerusform>
            <numerusform>All %Ln applications survive the loss of any one host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>%1 of %Ln application survives the loss of any one host.</numerusform>
            <numerusform>%1 of %Ln applications survive the loss of any one host.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln open danger finding caps the grade at D; the score, %1/100, orders accounts within a grade.</numerusform>
            <numerusform>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln open warning caps the grade at B; the score, %1/100, orders accounts within a grade.</numerusform>
            <numerusform>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</numerusform>
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
        <translation type="vanished">
            <numerusform>No instance count of %1 survives the loss of a datacenter over the %Ln datacenter the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</numerusform>
            <numerusform>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation type="vanished">
            <numerusform>%n service could not be read; it is listed in the snapshot as an error</numerusform>
            <numerusform>%n services could not be read; they are listed in the snapshot as errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation type="vanished">
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
    <name>StatusReportWriter</name>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation type="vanished">
            <numerusform>%n component is operational.</numerusform>
            <numerusform>All %n components are operational.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation type="vanished">
            <numerusform>… and %n older update</numerusform>
            <numerusform>… and %n older updates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="vanished">
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="vanished">
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="vanished">
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="vanished">
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="vanished">
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
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
