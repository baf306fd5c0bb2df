<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Saved &amp;accounts:</source>
        <translation>Gespeicherte &amp;Konten:</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Gespeicherte Konten</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Deletes the stored secret and forgets this account</source>
        <translation>Löscht das gespeicherte Geheimnis und vergisst dieses Konto</translation>
    </message>
    <message>
        <source>Log out and remove the account</source>
        <translation>Abmelden und das Konto entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>API-&amp;URL:</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API-URL</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Username and &amp;password</source>
        <translation>Benutzername und &amp;Passwort</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>API key or password</source>
        <translation>API-Schlüssel oder Passwort</translation>
    </message>
    <message>
        <source>Suppor&amp;t account (reads a customer&apos;s applications)</source>
        <translation>Suppor&amp;t-Konto (liest die Anwendungen eines Kunden)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer username</source>
        <translation>Benutzername des Kunden</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Nur für diese &amp;Sitzung verwenden</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Leer lassen, um das gespeicherte Geheimnis zu behalten</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>User&amp;name (optional):</source>
        <translation>&amp;Benutzername (optional):</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>Neues Konto %1</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted.</source>
        <translation>Von %1 abgemeldet: das Geheimnis wurde gelöscht.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>Ein anderes Konto heißt bereits %1.</translation>
    </message>
    <message>
        <source>The API URL is not valid.</source>
        <translation>Die API-URL ist ungültig.</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the customer whose applications this support account reads.</source>
        <translation>Geben Sie den Kunden ein, dessen Anwendungen dieses Support-Konto liest.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Geben Sie den API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Das Geheimnis wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be saved. You can use it for this session only: it is kept in memory and forgotten when the application quits.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher kann das Geheimnis nicht gespeichert werden. Sie können es nur für diese Sitzung verwenden: es bleibt im Arbeitsspeicher und wird beim Beenden der Anwendung vergessen.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Speichern des Geheimnisses abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>%1 abgerufen</translation>
    </message>
    <message>
        <source>cached data from %1 (%2)</source>
        <translation>zwischengespeicherte Daten vom %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot from %1 (%2)</source>
        <translation>Momentaufnahme vom %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>%1 (exempt)</source>
        <translation>%1 (ausgenommen)</translation>
    </message>
    <message>
        <source>(account)</source>
        <translation>(Konto)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation>Dieser Dienst hat Instanzen dort, wo die Plattform einen Vorfall meldet.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>up</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>hibernating</source>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <source>Some services of %1 run where the platform reports an incident.</source>
        <translation>Einige Dienste von %1 laufen dort, wo die Plattform einen Vorfall meldet.</translation>
    </message>
    <message>
        <source>%1 (not read)</source>
        <translation>%1 (nicht gelesen)</translation>
    </message>
    <message>
        <source>%1 (%2 down)</source>
        <translation>%1 (%2 ausgefallen)</translation>
    </message>
    <message>
        <source>This service could not be read: %1</source>
        <translation>Dieser Dienst konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation>Dieser Dienst hat Instanzen dort, wo die Plattform einen Vorfall meldet.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Flavor / type</source>
        <translation>Variante / Typ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>unknown language &apos;%1&apos;: choose one of %2</source>
        <translation>unbekannte Sprache „%1“: wählen Sie eine von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Scaling Advisor</source>
        <translation>Scaling Advisor</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Fortschritt der Aktualisierung</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Die Aktualisierung abbrechen</translation>
    </message>
    <message>
        <source>Filter by name, type, flavor or severity</source>
        <translation>Nach Name, Typ, Variante oder Schweregrad filtern</translation>
    </message>
    <message>
        <source>Filter applications and services</source>
        <translation>Anwendungen und Dienste filtern</translation>
    </message>
    <message>
        <source>Applications and services</source>
        <translation>Anwendungen und Dienste</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Fi&amp;x:</source>
        <translation>&amp;Behebung:</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation>Befehl zur Behebung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the fix command</source>
        <translation>Den Befehl zur Behebung kopieren</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Skalieren…</translation>
    </message>
    <message>
        <source>Scale this service</source>
        <translation>Diesen Dienst skalieren</translation>
    </message>
    <message>
        <source>&amp;Why this matters and how to fix it</source>
        <translation>&amp;Warum das wichtig ist und wie man es behebt</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Platzierung</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Was wäre wenn</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>Momentaufnahme ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>Momentaufnahme &amp;speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;HTML report…</source>
        <translation>&amp;HTML-Bericht…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-Bericht…</translation>
    </message>
    <message>
        <source>&amp;CSV…</source>
        <translation>&amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Exempt…</source>
        <translation>&amp;Ausnehmen…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About Scaling Advisor</source>
        <translation>Ü&amp;ber Scaling Advisor</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Konten…</translation>
    </message>
    <message>
        <source>No account yet. Add one to read your applications, or open a snapshot file.</source>
        <translation>Noch kein Konto. Fügen Sie eines hinzu, um Ihre Anwendungen zu lesen, oder öffnen Sie eine Momentaufnahme.</translation>
    </message>
    <message>
        <source>No secret is stored for %1: enter it to sign in.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert: geben Sie es zum Anmelden ein.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of %1 cannot be stored. Enter it to use it for this session only.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher kann das Geheimnis von %1 nicht gespeichert werden. Geben Sie es ein, um es nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret of %1: %2</source>
        <translation>Der Schlüsselbund hat das Geheimnis von %1 nicht geliefert: %2</translation>
    </message>
    <message>
        <source>Scaling Advisor — %1</source>
        <translation>Scaling Advisor — %1</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation>Von %1 abgemeldet: das Geheimnis wurde gelöscht. Die angezeigten Daten bleiben, bis Sie das Fenster schließen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Aktualisierung abgebrochen.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation>Anmeldung bei %1 nicht möglich: %2 Prüfen Sie das Geheimnis des Kontos.</translation>
    </message>
    <message>
        <source>There is no data to show yet.</source>
        <translation>Es gibt noch keine Daten anzuzeigen.</translation>
    </message>
    <message>
        <source>The data shown was %1.</source>
        <translation>Die angezeigten Daten wurden %1.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 %2 Next try at %3.</source>
        <translation>Aktualisierung nicht möglich: %1 %2 Nächster Versuch um %3.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read and are left out of the checks: %1</source>
        <translation>
            <numerusform>%n Dienst konnte nicht gelesen werden und fehlt in den Prüfungen: %1</numerusform>
            <numerusform>%n Dienste konnten nicht gelesen werden und fehlen in den Prüfungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read by %2)</source>
        <translation>%1 (gelesen von %2)</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Punktzahl %1/100</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message numerus="yes">
        <source>%n danger</source>
        <translation>
            <numerusform>%n Gefahr</numerusform>
            <numerusform>%n Gefahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation>
            <numerusform>%n ausgenommen</numerusform>
            <numerusform>%n ausgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: every check passed.</source>
        <translation>Nichts zu beheben: alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>das ganze Konto</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (exempt)</source>
        <translation>%1 (ausgenommen)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>%1 is a %2 service (%3).</source>
        <translation>%1 ist ein %2-Dienst (%3).</translation>
    </message>
    <message>
        <source>it keeps state</source>
        <translation>er speichert Zustand</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation>er speichert keinen Zustand</translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation>Mehr über %1 lesen</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation>Die Ausnahmedatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>Diesen Befund gibt es nicht.</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Exempt finding</source>
        <translation>Befund ausnehmen</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; acceptable for %2? The reason is saved with the exemption.</source>
        <translation>Warum ist „%1“ für %2 akzeptabel? Die Begründung wird mit der Ausnahme gespeichert.</translation>
    </message>
    <message>
        <source>Unknown report format: %1</source>
        <translation>Unbekanntes Berichtsformat: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Momentaufnahme öffnen</translation>
    </message>
    <message>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Momentaufnahmen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a snapshot this application can read: %2</source>
        <translation>%1 ist keine Momentaufnahme, die diese Anwendung lesen kann: %2</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Momentaufnahme speichern</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Momentaufnahmen (*.json)</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Momentaufnahme nach %1 geschrieben</translation>
    </message>
    <message>
        <source>About Scaling Advisor</source>
        <translation>Über Scaling Advisor</translation>
    </message>
    <message>
        <source>Scaling Advisor %1

Finds the services that would not survive the loss of one host or one availability zone, shows where every instance runs, and answers &quot;what if this zone fails?&quot;.</source>
        <translation>Scaling Advisor %1

Findet die Dienste, die den Verlust eines Hosts oder einer Verfügbarkeitszone nicht überstehen würden, zeigt, wo jede Instanz läuft, und beantwortet „Was wäre, wenn diese Zone ausfällt?“.</translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message>
        <source>Instances per datacenter</source>
        <translation>Instanzen pro Rechenzentrum</translation>
    </message>
    <message>
        <source>Instances of %1 per datacenter</source>
        <translation>Instanzen von %1 pro Rechenzentrum</translation>
    </message>
    <message>
        <source>%1 (affected)</source>
        <translation>%1 (betroffen)</translation>
    </message>
    <message>
        <source>Instances of every application per datacenter</source>
        <translation>Instanzen jeder Anwendung pro Rechenzentrum</translation>
    </message>
    <message numerus="yes">
        <source>%n other applications</source>
        <translation>
            <numerusform>%n weitere Anwendung</numerusform>
            <numerusform>%n weitere Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n instance(s)</source>
        <translation>
            <numerusform>%1 in %2: %n Instanz</numerusform>
            <numerusform>%1 in %2: %n Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Scaling-Advisor-Bericht</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation>Einen Dienst skalieren</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instanzen:</translation>
    </message>
    <message>
        <source>Number of instances</source>
        <translation>Anzahl der Instanzen</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message>
        <source>The equivalent command</source>
        <translation>Der entsprechende Befehl</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Anfrage:</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>Die Anfrage, die gesendet wird</translation>
    </message>
    <message>
        <source>I und&amp;erstand that this changes the running application (a deployment follows)</source>
        <translation>Ich &amp;verstehe, dass dies die laufende Anwendung ändert (ein Deployment folgt)</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Skalieren</translation>
    </message>
    <message>
        <source>Send the scaling request</source>
        <translation>Die Skalierungsanfrage senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs %n instance(s) now.</source>
        <translation>
            <numerusform>%1 von %2 läuft derzeit mit %n Instanz.</numerusform>
            <numerusform>%1 von %2 läuft derzeit mit %n Instanzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support accounts can read a customer&apos;s applications but cannot scale them.</source>
        <translation>Support-Konten können die Anwendungen eines Kunden lesen, aber nicht skalieren.</translation>
    </message>
    <message>
        <source>Choose a service of an application first.</source>
        <translation>Wählen Sie zuerst einen Dienst einer Anwendung.</translation>
    </message>
    <message>
        <source>%1 is a sandbox application: the platform cannot scale it. Create a Live application and push the code there.</source>
        <translation>%1 ist eine Sandbox-Anwendung: die Plattform kann sie nicht skalieren. Legen Sie eine Live-Anwendung an und übertragen Sie den Code dorthin.</translation>
    </message>
    <message>
        <source>Scaling needs a signed-in account, not a snapshot.</source>
        <translation>Skalieren braucht ein angemeldetes Konto, keine Momentaufnahme.</translation>
    </message>
    <message>
        <source>Another request is still running; try again in a moment.</source>
        <translation>Eine andere Anfrage läuft noch; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>Die Anfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not read the service again: %1</source>
        <translation>Der Dienst konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The platform refused the change.</source>
        <translation>Die Plattform hat die Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>The platform accepted the change.</source>
        <translation>Die Plattform hat die Änderung angenommen.</translation>
    </message>
    <message>
        <source>Reading the service again…</source>
        <translation>Der Dienst wird erneut gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Read again: %1 has %n instance(s).</source>
        <translation>
            <numerusform>Erneut gelesen: %1 hat %n Instanz.</numerusform>
            <numerusform>Erneut gelesen: %1 hat %n Instanzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Konten:</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>Konten &amp;verwalten…</translation>
    </message>
    <message>
        <source>S&amp;tatus URL:</source>
        <translation>S&amp;tatus-URL:</translation>
    </message>
    <message>
        <source>Status service URL</source>
        <translation>URL des Statusdienstes</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Abfragen alle:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Status poll interval in seconds</source>
        <translation>Abfrageintervall des Status in Sekunden</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when the platform status changes</source>
        <translation>Desktop-&amp;Benachrichtigungen zeigen, wenn sich der Plattformstatus ändert</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Platform &amp;CLI name:</source>
        <translation>Name des Plattform-&amp;CLI:</translation>
    </message>
    <message>
        <source>Platform command-line tool name</source>
        <translation>Name des Kommandozeilenwerkzeugs der Plattform</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Automatic (1 min, 5 min for Statuspage pages)</source>
        <translation>Automatisch (1 Min., 5 Min. für Statuspage-Seiten)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Affected by incident</source>
        <translation>Von einem Vorfall betroffen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show the recent status updates</source>
        <translation>Die letzten Statusmeldungen anzeigen</translation>
    </message>
    <message>
        <source>Status unknown since %1</source>
        <translation>Status unbekannt seit %1</translation>
    </message>
    <message>
        <source> (this computer is offline)</source>
        <translation> (dieser Computer ist offline)</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (kritisch)</translation>
    </message>
    <message>
        <source>Last known: %1 (%2)</source>
        <translation>Zuletzt bekannt: %1 (%2)</translation>
    </message>
    <message>
        <source>The status service has not been read yet.</source>
        <translation>Der Statusdienst wurde noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Latest: %1 — %2, %3</source>
        <translation>Neueste: %1 — %2, %3</translation>
    </message>
    <message>
        <source>None of your services have instances in %1</source>
        <translation>Keiner Ihrer Dienste hat Instanzen in %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your services have instances in %1</source>
        <translation>
            <numerusform>%n Ihrer Dienste hat Instanzen in %1</numerusform>
            <numerusform>%n Ihrer Dienste haben Instanzen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform API is affected: scaling and deployments may fail</source>
        <translation>Die Plattform-API ist betroffen: Skalierungen und Deployments können fehlschlagen</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>Plattformstatus</translation>
    </message>
    <message>
        <source>No status service is set: add its URL in the settings.</source>
        <translation>Kein Statusdienst eingerichtet: tragen Sie seine URL in den Einstellungen ein.</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>Status details…</source>
        <translation>Statusdetails…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Benachrichtigungen stummschalten</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Für %n Stunde</numerusform>
            <numerusform>Für %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Stummschaltung aufheben</translation>
    </message>
    <message>
        <source>Follow components</source>
        <translation>Komponenten folgen</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Alle Komponenten</translation>
    </message>
</context>
<context>
    <name>StatusFeedDialog</name>
    <message>
        <source>Platform status updates</source>
        <translation>Statusmeldungen der Plattform</translation>
    </message>
    <message>
        <source>Read %1 from %2</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>No recent status updates.</source>
        <translation>Keine aktuellen Statusmeldungen.</translation>
    </message>
    <message>
        <source>Impact: %1 · now %2</source>
        <translation>Auswirkung: %1 · jetzt %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Open incident page</source>
        <translation>Vorfallseite öffnen</translation>
    </message>
</context>
<context>
    <name>StatusNotifier</name>
    <message>
        <source>Platform status: %1</source>
        <translation>Plattformstatus: %1</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Statusmeldung: %1</translation>
    </message>
    <message>
        <source>%1 new status updates</source>
        <translation>%1 neue Statusmeldungen</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>All systems operational</source>
        <translation>Alle Systeme betriebsbereit</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation>Eingeschränkter Betrieb</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation>Plattformausfall</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>betriebsbereit</translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation>eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>teilweiser Ausfall</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation>schwerer Ausfall</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>in Wartung</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>&amp;Fail:</source>
        <translation>&amp;Ausfall von:</translation>
    </message>
    <message>
        <source>What to fail</source>
        <translation>Was ausfällt</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Which one to fail</source>
        <translation>Welches ausfällt</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>Simulate the failure</source>
        <translation>Den Ausfall simulieren</translation>
    </message>
    <message>
        <source>Choose what fails, then Simulate.</source>
        <translation>Wählen Sie, was ausfällt, dann Simulieren.</translation>
    </message>
    <message>
        <source>Surviving and lost instances per service</source>
        <translation>Verbleibende und verlorene Instanzen pro Dienst</translation>
    </message>
    <message>
        <source>Applications after the failure</source>
        <translation>Anwendungen nach dem Ausfall</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation>Anwendung / Dienst</translation>
    </message>
    <message>
        <source>After the failure</source>
        <translation>Nach dem Ausfall</translation>
    </message>
    <message>
        <source>Instances up (before → after)</source>
        <translation>Laufende Instanzen (vorher → nachher)</translation>
    </message>
    <message>
        <source>Worst single datacenter</source>
        <translation>Schlimmstes einzelnes Rechenzentrum</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>If %1 fails: %n application(s) go down</source>
        <translation>
            <numerusform>Wenn %1 ausfällt: %n Anwendung fällt aus</numerusform>
            <numerusform>Wenn %1 ausfällt: %n Anwendungen fallen aus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degrade</source>
        <translation>
            <numerusform>, %n ist eingeschränkt</numerusform>
            <numerusform>, %n sind eingeschränkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n keep running.</source>
        <translation>
            <numerusform>, %n läuft weiter.</numerusform>
            <numerusform>, %n laufen weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation>(keine Instanzen)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Surviving</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>No service loses an instance</source>
        <translation>Kein Dienst verliert eine Instanz</translation>
    </message>
    <message>
        <source>Services that lose instances</source>
        <translation>Dienste, die Instanzen verlieren</translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation>Noch keine Simulation</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
</context>
</TS>
