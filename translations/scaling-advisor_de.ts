<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the stored secret and forgets this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out and remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username and &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppor&amp;t account (reads a customer&apos;s applications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User&amp;name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API URL is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the customer whose applications this support account reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be saved. You can use it for this session only: it is kept in memory and forgotten when the application quits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cached data from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot from %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>%1 (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <source>Some services of %1 run where the platform reports an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scaling Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, type, flavor or severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter applications and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;x:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the fix command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale this service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why this matters and how to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Scaling Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet. Add one to read your applications, or open a snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for %1: enter it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of %1 cannot be stored. Enter it to use it for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the secret of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling Advisor — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data to show yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data shown was %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh: %1 %2 Next try at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read and are left out of the checks: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n danger</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exempt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 service (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it keeps state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; acceptable for %2? The reason is saved with the exemption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a snapshot this application can read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Scaling Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling Advisor %1

Finds the services that would not survive the loss of one host or one availability zone, shows where every instance runs, and answers &quot;what if this zone fails?&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message>
        <source>Instances per datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of %1 per datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances of every application per datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other applications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Scaling Advisor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The equivalent command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I und&amp;erstand that this changes the running application (a deployment follows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the scaling request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs %n instance(s) now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Support accounts can read a customer&apos;s applications but cannot scale them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a service of an application first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a sandbox application: the platform cannot scale it. Create a Live application and push the code there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling needs a signed-in account, not a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request is still running; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepted: %1
Reading the service again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 now has %n instance(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the service again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status poll interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when the platform status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;CLI name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform command-line tool name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected by incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the recent status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this computer is offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status service has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your services have instances in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of your services have instances in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The platform API is affected: scaling and deployments may fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>Status details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All components</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusFeedDialog</name>
    <message>
        <source>Platform status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent status updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact: %1 · now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incident page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusNotifier</name>
    <message>
        <source>Platform status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new status updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>All systems operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major outage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>&amp;Fail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which one to fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what fails, then Simulate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surviving and lost instances per service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications after the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances up (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst single datacenter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If %1 fails: %n application(s) go down</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degrade</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n keep running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surviving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service loses an instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services that lose instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
