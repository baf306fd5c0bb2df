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
    <message>
        <source>S&amp;tatus URL:</source>
        <translation>S&amp;tatus-URL:</translation>
    </message>
    <message>
        <source>Empty: the one in the settings</source>
        <translation>Leer: die aus den Einstellungen</translation>
    </message>
    <message>
        <source>This account&apos;s status service URL</source>
        <translation>URL des Statusdienstes dieses Kontos</translation>
    </message>
    <message>
        <source>Leave empty to keep using it for this session</source>
        <translation>Leer lassen, um es in dieser Sitzung weiter zu verwenden</translation>
    </message>
    <message>
        <source>The status URL is not valid.</source>
        <translation>Die Status-URL ist ungültig.</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
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
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation>Von %1 abgemeldet: das Geheimnis wurde gelöscht. Die angezeigten Daten bleiben, bis Sie das Fenster schließen.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation>Anmeldung bei %1 nicht möglich: %2 Prüfen Sie das Geheimnis des Kontos.</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation>Die Ausnahmedatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation>Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 There is no data to show yet. Next try at %2.</source>
        <translation>Aktualisierung nicht möglich: %1 Es gibt noch keine Daten anzuzeigen. Nächster Versuch um %2.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The data shown was %2. Next try at %3.</source>
        <translation>Aktualisierung nicht möglich: %1 Die angezeigten Daten wurden %2. Nächster Versuch um %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n service(s)…</source>
        <translation>
            <numerusform>%n Dienst wird geprüft…</numerusform>
            <numerusform>%n Dienste werden geprüft…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 %2 → %3 instances</source>
        <translation>%1 %2 → %3 Instanzen</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>apply changes the account and asks first, but standard input is not a terminal: pass --yes to apply the plan without asking</source>
        <translation>apply ändert das Konto und fragt vorher nach, aber die Standardeingabe ist kein Terminal: geben Sie --yes an, um den Plan ohne Rückfrage anzuwenden</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor apply --help&apos;.</source>
        <translation>Weitere Informationen mit „scaling-advisor apply --help“.</translation>
    </message>
    <message>
        <source>the API key of %1 belongs to a support account: support staff can see a customer&apos;s plan (&apos;scaling-advisor plan --user NAME&apos;) but cannot apply it; the customer applies it with their own key</source>
        <translation>der API-Schlüssel von %1 gehört zu einem Support-Konto: der Support kann den Plan eines Kunden ansehen („scaling-advisor plan --user NAME“), ihn aber nicht anwenden; der Kunde wendet ihn mit seinem eigenen Schlüssel an</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation>
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden, und ein Plan über einen Teil des Kontos könnte die falschen Dienste skalieren: nichts wurde geändert</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden, und ein Plan über einen Teil des Kontos könnte die falschen Dienste skalieren: nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation>
            <numerusform>%n Aktion auf das Konto von %1 bei %2 anwenden? [j/N] </numerusform>
            <numerusform>%n Aktionen auf das Konto von %1 bei %2 anwenden? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>[%1/%2] %3 …</source>
        <translation>[%1/%2] %3 …</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>Stopping after the action in flight; the actions done stay done.</source>
        <translation>Abbruch nach der laufenden Aktion; bereits ausgeführte Aktionen bleiben bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation>
            <numerusform>%1 von %2 Aktion angewendet.</numerusform>
            <numerusform>%1 von %2 Aktionen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation>Nicht angewendet: %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; not started: %1</source>
        <translation>Abgebrochen; nicht begonnen: %1</translation>
    </message>
    <message>
        <source>Before → after:</source>
        <translation>Vorher → nachher:</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one datacenter: %1 → %2 of %3</source>
        <translation>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 → %2 von %3</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one host: %1 → %2 of %3</source>
        <translation>Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 → %2 von %3</translation>
    </message>
    <message>
        <source>grade: %1 → %2 (score %3 → %4)</source>
        <translation>Note: %1 → %2 (Punktzahl %3 → %4)</translation>
    </message>
    <message>
        <source>the account could not be read again after the plan, so before → after is not known: %1</source>
        <translation>das Konto konnte nach dem Plan nicht erneut gelesen werden, daher ist vorher → nachher nicht bekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation>
            <numerusform>%n Aktion des Plans wurde nicht angewendet; die anderen schon.</numerusform>
            <numerusform>%n Aktionen des Plans wurden nicht angewendet; die anderen schon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>exemptions file %1: no such file</source>
        <translation>Ausnahmedatei %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>exemptions file %1 is not valid: %2</source>
        <translation>die Ausnahmedatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7).</source>
        <translation>%1 geschrieben: Gefahr %2, Warnung %3, Hinweis %4, ausgenommen %5; Punktzahl %6 (%7).</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation>
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden; die Prüfung deckt den Rest ab:</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden; die Prüfung deckt den Rest ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
</context>
<context>
    <name>CheckedFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--api needs an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--api braucht eine http://- oder https://-URL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>Usage: scaling-advisor [--demo | FILE.json]
       scaling-advisor COMMAND [OPTIONS]

Finds the applications and services of a platform account that would not
survive the loss of one host or one availability zone.

Without a command, opens the desktop application; --demo opens it on the
bundled demo platform, started in-process; FILE.json opens that snapshot.

Commands:
</source>
        <translation>Aufruf: scaling-advisor [--demo | DATEI.json]
        scaling-advisor BEFEHL [OPTIONEN]

Findet die Anwendungen und Dienste eines Plattformkontos, die den Ausfall
eines Hosts oder einer Verfügbarkeitszone nicht überstehen würden.

Ohne Befehl öffnet sich die Desktop-Anwendung; --demo öffnet sie mit der
mitgelieferten Demo-Plattform, im selben Prozess gestartet; DATEI.json
öffnet diese Momentaufnahme.

Befehle:
</translation>
    </message>
    <message>
        <source>Options:
  --demo                    open the desktop application on the demo platform
  --help                    show this help (&apos;scaling-advisor COMMAND --help&apos; for a command)
  --version                 show the version

The API key comes from the environment variable SCALING_ADVISOR_API_KEY or from the
system keychain (see &apos;login&apos;); no option takes a secret.

</source>
        <translation>Optionen:
  --demo                    die Desktop-Anwendung mit der Demo-Plattform öffnen
  --help                    diese Hilfe zeigen („scaling-advisor BEFEHL --help“ für einen Befehl)
  --version                 die Version zeigen

Der API-Schlüssel kommt aus der Umgebungsvariable SCALING_ADVISOR_API_KEY oder aus dem
Schlüsselbund des Systems (siehe „login“); keine Option nimmt ein Geheimnis an.

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;: %2</source>
        <translation>unbekannte Option „%1“: %2</translation>
    </message>
    <message>
        <source>open either the demo platform or a snapshot file, not both</source>
        <translation>öffnen Sie entweder die Demo-Plattform oder eine Momentaufnahme, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command: write it without dashes</source>
        <translation>„%1“ ist ein Befehl: schreiben Sie ihn ohne Bindestriche</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>the window opens one snapshot file; unexpected argument &apos;%1&apos;</source>
        <translation>das Fenster öffnet eine einzige Momentaufnahme; unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown --language &apos;%1&apos;: use fr, de or en</source>
        <translation>unbekannte --language „%1“: verwenden Sie fr, de oder en</translation>
    </message>
    <message>
        <source>unknown --fail-on &apos;%1&apos;: use danger, warning, info or never</source>
        <translation>unbekanntes --fail-on „%1“: verwenden Sie danger, warning, info oder never</translation>
    </message>
    <message>
        <source>say what fails with exactly one of --fail-datacenter, --fail-host, --fail-region or --fail-provider</source>
        <translation>geben Sie mit genau einer der Optionen --fail-datacenter, --fail-host, --fail-region oder --fail-provider an, was ausfällt</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json</source>
        <translation>unbekanntes --format „%1“: verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>apply scales services on the platform, and a snapshot is a copy on disk that cannot be scaled: use --api URL (or &apos;plan --snapshot FILE&apos; to see the plan)</source>
        <translation>apply skaliert Dienste auf der Plattform, und eine Momentaufnahme ist eine Kopie auf der Festplatte, die sich nicht skalieren lässt: verwenden Sie --api URL (oder „plan --snapshot DATEI“, um den Plan zu sehen)</translation>
    </message>
    <message>
        <source>support staff can see a customer&apos;s plan (&apos;plan --user NAME&apos;) but cannot apply it: the customer applies it with their own key</source>
        <translation>der Support kann den Plan eines Kunden ansehen („plan --user NAME“), ihn aber nicht anwenden: der Kunde wendet ihn mit seinem eigenen Schlüssel an</translation>
    </message>
    <message>
        <source>choose one platform: --api or --demo</source>
        <translation>wählen Sie eine Plattform: --api oder --demo</translation>
    </message>
    <message>
        <source>say where to write the snapshot with --output FILE</source>
        <translation>geben Sie mit --output DATEI an, wohin die Momentaufnahme geschrieben wird</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text or json</source>
        <translation>unbekanntes Format „%1“: verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor --help&apos;.</source>
        <translation>Weitere Informationen mit „scaling-advisor --help“.</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor %1 --help&apos;.</source>
        <translation>Weitere Informationen mit „scaling-advisor %1 --help“.</translation>
    </message>
    <message>
        <source>platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last login, else https://rest.dotcloud.com)</source>
        <translation>zu lesende Plattform-API (Standard: $SCALING_ADVISOR_API_URL, sonst die URL der letzten Anmeldung, sonst https://rest.dotcloud.com)</translation>
    </message>
    <message>
        <source>read a snapshot file instead of the API (offline)</source>
        <translation>eine Momentaufnahme statt der API lesen (offline)</translation>
    </message>
    <message>
        <source>read the bundled demo platform, started in-process</source>
        <translation>die mitgelieferte Demo-Plattform lesen, im selben Prozess gestartet</translation>
    </message>
    <message>
        <source>support staff: read the account of customer NAME</source>
        <translation>Support: das Konto des Kunden NAME lesen</translation>
    </message>
    <message>
        <source>allow plain http:// to a host that is not loopback</source>
        <translation>unverschlüsseltes http:// zu einem Host erlauben, der nicht Loopback ist</translation>
    </message>
    <message>
        <source>write messages and reports in fr, de or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>Meldungen und Berichte auf fr, de oder en schreiben (Standard: aus LANGUAGE, LC_ALL, LC_MESSAGES oder LANG)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>write the report to FILE (default: stdout)</source>
        <translation>den Bericht in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>exit 3 when a finding is at or above LEVEL: danger (default), warning, info or never; exempt findings do not count</source>
        <translation>mit Code 3 beenden, wenn ein Befund STUFE erreicht: danger (Standard), warning, info oder never; ausgenommene Befunde zählen nicht</translation>
    </message>
    <message>
        <source>JSON exemptions file: [{rule, application, service?, reason, expires?}]</source>
        <translation>JSON-Ausnahmedatei: [{rule, application, service?, reason, expires?}]</translation>
    </message>
    <message>
        <source>platform CLI named in fix commands (default: dotcloud)</source>
        <translation>in den Befehlen zur Behebung genanntes Plattform-CLI (Standard: dotcloud)</translation>
    </message>
    <message>
        <source>check an account against the scaling rules and write a report</source>
        <translation>ein Konto anhand der Skalierungsregeln prüfen und einen Bericht schreiben</translation>
    </message>
    <message>
        <source>Check every application and service of an account against the scaling rules and write a report.</source>
        <translation>Prüft jede Anwendung und jeden Dienst eines Kontos anhand der Skalierungsregeln und schreibt einen Bericht.</translation>
    </message>
    <message>
        <source>fail one datacenter (e.g. Amazon-us-east-1a)</source>
        <translation>ein Rechenzentrum ausfallen lassen (z. B. Amazon-us-east-1a)</translation>
    </message>
    <message>
        <source>fail one host</source>
        <translation>einen Host ausfallen lassen</translation>
    </message>
    <message>
        <source>fail a whole region (e.g. us-east-1)</source>
        <translation>eine ganze Region ausfallen lassen (z. B. us-east-1)</translation>
    </message>
    <message>
        <source>fail a whole provider (e.g. Amazon)</source>
        <translation>einen ganzen Anbieter ausfallen lassen (z. B. Amazon)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (Standard) oder json</translation>
    </message>
    <message>
        <source>write the result to FILE (default: stdout)</source>
        <translation>das Ergebnis in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>what if a datacenter, host, region or provider fails?</source>
        <translation>was wäre, wenn ein Rechenzentrum, ein Host, eine Region oder ein Anbieter ausfällt?</translation>
    </message>
    <message>
        <source>Show which services keep running when a datacenter, host, region or provider fails, and the worst single datacenter of each application.</source>
        <translation>Zeigt, welche Dienste weiterlaufen, wenn ein Rechenzentrum, ein Host, eine Region oder ein Anbieter ausfällt, und das kritischste Rechenzentrum jeder Anwendung.</translation>
    </message>
    <message>
        <source>write the plan to FILE (default: stdout)</source>
        <translation>den Plan in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>platform CLI named in the commands (default: dotcloud)</source>
        <translation>in den Befehlen genanntes Plattform-CLI (Standard: dotcloud)</translation>
    </message>
    <message>
        <source>the scaling actions that let every application survive a zone</source>
        <translation>die Skalierungen, mit denen jede Anwendung den Ausfall einer Zone übersteht</translation>
    </message>
    <message>
        <source>Show the smallest set of scaling actions after which every application that scaling can save survives the loss of any one datacenter, each with its command, and the steps that scaling cannot do.</source>
        <translation>Zeigt die kleinste Menge an Skalierungen, nach der jede Anwendung, die Skalieren retten kann, den Ausfall eines beliebigen Rechenzentrums übersteht, jeweils mit ihrem Befehl, und die Schritte, die Skalieren nicht leisten kann.</translation>
    </message>
    <message>
        <source>carry the scaling plan out on the platform, then show before → after</source>
        <translation>den Skalierungsplan auf der Plattform ausführen, dann vorher → nachher zeigen</translation>
    </message>
    <message>
        <source>Work out the plan, ask once, then scale each service as the platform CLI does (a change of instances, then a deployment), and show how many applications survive any datacenter and the grade, before → after. Without --yes the answer is read from standard input, which must then be a terminal.</source>
        <translation>Erstellt den Plan, fragt einmal nach und skaliert dann jeden Dienst so, wie es das Plattform-CLI tut (Änderung der Instanzenzahl, dann ein Deployment), und zeigt, wie viele Anwendungen den Ausfall eines beliebigen Rechenzentrums überstehen, sowie die Note, vorher → nachher. Ohne --yes wird die Antwort von der Standardeingabe gelesen, die dann ein Terminal sein muss.</translation>
    </message>
    <message>
        <source>platform API to change (default: as for audit)</source>
        <translation>zu ändernde Plattform-API (Standard: wie bei audit)</translation>
    </message>
    <message>
        <source>apply to the bundled demo platform, started in-process</source>
        <translation>auf die mitgelieferte Demo-Plattform anwenden, im selben Prozess gestartet</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>ohne Rückfrage anwenden</translation>
    </message>
    <message>
        <source>not accepted: a snapshot cannot be scaled</source>
        <translation>nicht zulässig: eine Momentaufnahme lässt sich nicht skalieren</translation>
    </message>
    <message>
        <source>not accepted: support staff see a customer&apos;s plan but cannot apply it</source>
        <translation>nicht zulässig: der Support sieht den Plan eines Kunden, kann ihn aber nicht anwenden</translation>
    </message>
    <message>
        <source>the snapshot file to write (required)</source>
        <translation>die zu schreibende Momentaufnahme (erforderlich)</translation>
    </message>
    <message>
        <source>save an account&apos;s whole inventory to a file (offline audits)</source>
        <translation>den gesamten Bestand eines Kontos in eine Datei speichern (Offline-Prüfungen)</translation>
    </message>
    <message>
        <source>Save an account&apos;s whole inventory to a snapshot file, for offline audits or for support staff.</source>
        <translation>Speichert den gesamten Bestand eines Kontos in eine Momentaufnahme, für Offline-Prüfungen oder für den Support.</translation>
    </message>
    <message>
        <source>the platform&apos;s live status and updates</source>
        <translation>der aktuelle Status der Plattform und ihre Meldungen</translation>
    </message>
    <message>
        <source>Read the platform&apos;s status service once and print it. Exit 0 when the status was read, whatever it says; 1 when it could not be read (level &quot;unknown&quot;).</source>
        <translation>Liest den Statusdienst der Plattform einmal und gibt ihn aus. Beendet sich mit 0, wenn der Status gelesen wurde, was auch immer er sagt; mit 1, wenn er nicht gelesen werden konnte (Stufe „unknown“).</translation>
    </message>
    <message>
        <source>the native Status API base, or a Statuspage page (its root or its /api/v2/summary.json); default: $SCALING_ADVISOR_STATUS_URL, else the status URL set in the application</source>
        <translation>die Basis der nativen Status-API oder eine Statuspage-Seite (ihre Wurzel oder ihre /api/v2/summary.json); Standard: $SCALING_ADVISOR_STATUS_URL, sonst die in der Anwendung eingestellte Status-URL</translation>
    </message>
    <message>
        <source>native, statuspage or auto (default: auto, detected by probing)</source>
        <translation>native, statuspage oder auto (Standard: auto, durch Abfragen erkannt)</translation>
    </message>
    <message>
        <source>accept a plain http:// URL to another computer</source>
        <translation>eine unverschlüsselte http://-URL zu einem anderen Computer zulassen</translation>
    </message>
    <message>
        <source>keep credentials for a platform API in the system keychain</source>
        <translation>Zugangsdaten für eine Plattform-API im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Check credentials against the platform API and keep them in the system keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; otherwise the password of --username is read from standard input (without echo on a terminal).</source>
        <translation>Prüft Zugangsdaten an der Plattform-API und bewahrt sie im Schlüsselbund des Systems auf. Ist SCALING_ADVISOR_API_KEY gesetzt, wird dieser API-Schlüssel gespeichert; sonst wird das Passwort von --username von der Standardeingabe gelesen (ohne Echo auf einem Terminal).</translation>
    </message>
    <message>
        <source>platform API to log in to</source>
        <translation>Plattform-API, bei der angemeldet wird</translation>
    </message>
    <message>
        <source>log in with this user&apos;s password</source>
        <translation>mit dem Passwort dieses Benutzers anmelden</translation>
    </message>
    <message>
        <source>delete the credentials kept for a platform API</source>
        <translation>die für eine Plattform-API aufbewahrten Zugangsdaten löschen</translation>
    </message>
    <message>
        <source>Delete the credentials kept in the keychain for a platform API.</source>
        <translation>Löscht die im Schlüsselbund aufbewahrten Zugangsdaten für eine Plattform-API.</translation>
    </message>
    <message>
        <source>platform API to log out of</source>
        <translation>Plattform-API, bei der abgemeldet wird</translation>
    </message>
    <message>
        <source>choose one source: --api, --snapshot or --demo</source>
        <translation>wählen Sie eine Quelle: --api, --snapshot oder --demo</translation>
    </message>
    <message>
        <source>--user reads a customer&apos;s account online; it cannot be combined with --snapshot</source>
        <translation>--user liest das Konto eines Kunden online; es lässt sich nicht mit --snapshot kombinieren</translation>
    </message>
    <message>
        <source>Exit codes:
  0  fine
  1  runtime error (network, authentication, bad data, corrupt snapshot, a failed write, an action the platform refused)
  2  usage error
  3  findings at or above --fail-on (audit)
</source>
        <translation>Exit-Codes:
  0  alles in Ordnung
  1  Laufzeitfehler (Netzwerk, Anmeldung, fehlerhafte Daten, beschädigte Momentaufnahme, fehlgeschlagenes Schreiben, von der Plattform abgelehnte Aktion)
  2  Aufruffehler
  3  Befunde auf oder über --fail-on (audit)
</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text, json, csv, markdown, html or pdf</source>
        <translation>unbekanntes --format „%1“: verwenden Sie text, json, csv, markdown, html oder pdf</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM; default: $SCALING_ADVISOR_CA_FILE)</source>
        <translation>zusätzlich den CA-Zertifikaten in DATEI vertrauen (PEM; Standard: $SCALING_ADVISOR_CA_FILE)</translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown, html or pdf</source>
        <translation>text (Standard), json, csv, markdown, html oder pdf</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM)</source>
        <translation>zusätzlich den CA-Zertifikaten in DATEI vertrauen (PEM)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
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
    <message>
        <source>Open snapshot</source>
        <translation>Momentaufnahme öffnen</translation>
    </message>
    <message>
        <source>%1 is not a snapshot this application can read: %2</source>
        <translation>%1 ist keine Momentaufnahme, die diese Anwendung lesen kann: %2</translation>
    </message>
</context>
<context>
    <name>ExemptionList</name>
    <message>
        <source>must name an application, or &quot;*&quot; for all</source>
        <translation>muss eine Anwendung nennen, oder „*“ für alle</translation>
    </message>
    <message>
        <source>must say why the finding is accepted</source>
        <translation>muss angeben, warum der Befund akzeptiert wird</translation>
    </message>
    <message>
        <source>cannot read the exemptions file %1: %2</source>
        <translation>die Ausnahmedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the exemptions file %1: %2</source>
        <translation>die Ausnahmedatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FindingsDetailPanel</name>
    <message>
        <source>Fi&amp;x:</source>
        <translation>Beh&amp;ebung:</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation>Befehl zur Behebung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opieren</translation>
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
        <source>Why this &amp;matters and how to fix it</source>
        <translation>&amp;Warum das wichtig ist und wie man es behebt</translation>
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
        <translation>zustandsbehaftet</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation>zustandslos</translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation>Mehr über %1 lesen</translation>
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
    <name>FollowedFeedsDialog</name>
    <message>
        <source>Other status feeds</source>
        <translation>Weitere Status-Feeds</translation>
    </message>
    <message>
        <source>Follow other services beside the platform: their state is shown in the status details and never changes the platform&apos;s.</source>
        <translation>Folgen Sie weiteren Diensten neben der Plattform: ihr Status erscheint in den Statusdetails und ändert nie den der Plattform.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Statuspage page</source>
        <translation>Statuspage-Seite</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>RSS- oder Atom-Feed</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>Geben Sie dem Feed einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>„%1“ ist keine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>%1 is followed already.</source>
        <translation>Sie folgen %1 bereits.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>RSS or Atom</source>
        <translation>RSS oder Atom</translation>
    </message>
    <message>
        <source>Statuspage</source>
        <translation>Statuspage</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set): cannot open the window. The command line works without one, e.g. &apos;scaling-advisor audit --demo&apos;; see &apos;scaling-advisor --help&apos;.</source>
        <translation>keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): das Fenster kann nicht geöffnet werden. Die Kommandozeile funktioniert auch ohne, z. B. „scaling-advisor audit --demo“; siehe „scaling-advisor --help“.</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation>Momentaufnahme %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>snapshot %1: not a readable file</source>
        <translation>Momentaufnahme %1: Datei nicht lesbar</translation>
    </message>
    <message>
        <source>cannot start the demo platform: %1</source>
        <translation>die Demo-Plattform kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Instances per data centre</source>
        <translation>Instanzen pro Rechenzentrum</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>About this rule: %1 in the Scaling Advisor documentation</source>
        <translation>Über diese Regel: %1 in der Dokumentation von Scaling Advisor</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation>Scaling-Advisor-Bericht für %1</translation>
    </message>
    <message>
        <source>Will your applications survive the loss of a server or a data centre?</source>
        <translation>Überstehen Ihre Anwendungen den Ausfall eines Servers oder eines Rechenzentrums?</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation>Konto %1 · Daten gelesen am %2 von %3 · Bericht erstellt am %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Score %1 out of 100.</source>
        <translation>Punktzahl %1 von 100.</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation>Teile Ihrer Anwendungen funktionieren nicht mehr, wenn ein einzelner Server oder ein einzelnes Rechenzentrum ausfällt. Die Liste unten sagt, was zuerst zu ändern ist.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation>Ihre Anwendungen überstehen den Ausfall eines einzelnen Servers, aber einige liefen dann mit zu wenigen Instanzen oder verlören einen Teil ihres Datendienstes.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation>Ihre Anwendungen sind so verteilt, dass der Ausfall eines Servers oder eines Rechenzentrums sie nicht stoppt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln Anwendung</numerusform>
            <numerusform>%Ln Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln services</source>
        <translation>
            <numerusform>%Ln Dienst</numerusform>
            <numerusform>%Ln Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln instances</source>
        <translation>
            <numerusform>%Ln Instanz</numerusform>
            <numerusform>%Ln Instanzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln serious</source>
        <translation>
            <numerusform>%Ln schwerwiegend</numerusform>
            <numerusform>%Ln schwerwiegend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to improve</source>
        <translation>
            <numerusform>%Ln zu verbessern</numerusform>
            <numerusform>%Ln zu verbessern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for information</source>
        <translation>
            <numerusform>%Ln zur Information</numerusform>
            <numerusform>%Ln zur Information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln akzeptiert</numerusform>
            <numerusform>%Ln akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Was zuerst zu tun ist</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation>Nichts Dringendes: kein schwerwiegender Befund und nichts zu verbessern.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation>Wo Ihre Instanzen laufen</translation>
    </message>
    <message>
        <source>Instances per data centre. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation>Instanzen pro Rechenzentrum. Gleichmäßig verteilt, lässt der Ausfall eines beliebigen Rechenzentrums die übrigen weiterlaufen.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Flavor %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be down.</source>
        <translation>Fiele das Rechenzentrum %1 aus, wäre diese Anwendung ausgefallen.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be degraded.</source>
        <translation>Fiele das Rechenzentrum %1 aus, liefe diese Anwendung eingeschränkt.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be ok.</source>
        <translation>Fiele das Rechenzentrum %1 aus, liefe diese Anwendung weiter.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation>Keine Befunde für diese Anwendung.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Das ganze Konto</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
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
    <name>InventorySource</name>
    <message>
        <source>warning: could not cache the snapshot at %1: %2</source>
        <translation>Warnung: die Momentaufnahme konnte nicht in %1 zwischengespeichert werden: %2</translation>
    </message>
    <message>
        <source> (plain http:// is only allowed to a loopback host unless you pass --allow-insecure-http)</source>
        <translation> (unverschlüsseltes http:// ist nur zu einem Loopback-Host erlaubt, außer mit --allow-insecure-http)</translation>
    </message>
    <message>
        <source>; run &apos;scaling-advisor login --api %1&apos; again</source>
        <translation>; führen Sie „scaling-advisor login --api %1“ erneut aus</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no credentials for %1: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login --api %1&apos; once</source>
        <translation>keine Zugangsdaten für %1: setzen Sie SCALING_ADVISOR_API_KEY, oder führen Sie einmal „scaling-advisor login --api %1“ aus</translation>
    </message>
    <message>
        <source>cannot read the credentials for %1 from the keychain: %2; set SCALING_ADVISOR_API_KEY instead</source>
        <translation>die Zugangsdaten für %1 können nicht aus dem Schlüsselbund gelesen werden: %2; setzen Sie stattdessen SCALING_ADVISOR_API_KEY</translation>
    </message>
    <message>
        <source>
The last good data of %1 is cached: &apos;scaling-advisor audit --snapshot %2&apos; audits it offline.</source>
        <translation>
Die letzten gültigen Daten von %1 sind zwischengespeichert: „scaling-advisor audit --snapshot %2“ prüft sie offline.</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation>Momentaufnahme %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>snapshot %1 is not a valid snapshot: %2</source>
        <translation>%1 ist keine gültige Momentaufnahme: %2</translation>
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
    <name>JsonReader</name>
    <message>
        <source>%1: %2 bytes is more than the %3-byte limit</source>
        <translation>%1: %2 Bytes überschreiten die Grenze von %3 Bytes</translation>
    </message>
    <message>
        <source>%1: empty, expected JSON</source>
        <translation>%1: leer, JSON erwartet</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1: fehlerhaftes JSON bei Byte %2: %3</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>muss mindestens %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>darf höchstens %1 sein, erhalten: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601</translation>
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
    <name>LoginCommand</name>
    <message>
        <source>login needs --username NAME (its password is then read from standard input), or an API key in SCALING_ADVISOR_API_KEY</source>
        <translation>login braucht --username NAME (das Passwort wird dann von der Standardeingabe gelesen) oder einen API-Schlüssel in SCALING_ADVISOR_API_KEY</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 bei %2: </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>kein Passwort angegeben</translation>
    </message>
    <message>
        <source> (plain http:// is only allowed to a loopback host unless you pass --allow-insecure-http)</source>
        <translation> (unverschlüsseltes http:// ist nur zu einem Loopback-Host erlaubt, außer mit --allow-insecure-http)</translation>
    </message>
    <message>
        <source>cannot log in to %1: %2</source>
        <translation>Anmeldung bei %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>logged in as %1, but cannot keep the credentials: %2. Set SCALING_ADVISOR_API_KEY for each command instead</source>
        <translation>als %1 angemeldet, aber die Zugangsdaten können nicht aufbewahrt werden: %2. Setzen Sie stattdessen für jeden Befehl SCALING_ADVISOR_API_KEY</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3), account &quot;%4&quot;. The credentials are in the system keychain; the window uses the same account.</source>
        <translation>Bei %1 als %2 (%3) angemeldet, Konto „%4“. Die Zugangsdaten liegen im Schlüsselbund des Systems; das Fenster verwendet dasselbe Konto.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>cannot delete the credentials of %1: %2</source>
        <translation>die Zugangsdaten von %1 können nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Logged out of %1: no credentials for it remain in the keychain.</source>
        <translation>Von %1 abgemeldet: im Schlüsselbund sind keine Zugangsdaten dafür mehr vorhanden.</translation>
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
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>&amp;Skalieren…</translation>
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
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Aktualisierung abgebrochen.</translation>
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
        <source>Score %1/100</source>
        <translation>Punktzahl %1/100</translation>
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
    <message>
        <source>F&amp;indings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 — Scaling Advisor</source>
        <translation>%1 — Scaling Advisor</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>%1/%2 has no finding: nothing to fix there.</source>
        <translation>%1/%2 hat keinen Befund: dort ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>%1 has no finding: nothing to fix there.</source>
        <translation>%1 hat keinen Befund: dort ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Kein Befund passt zum Filter.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>The Findings, Placement and What if tabs</source>
        <translation>Die Registerkarten Befunde, Platzierung und Was wäre wenn</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Scaling-Advisor-Bericht</translation>
    </message>
    <message>
        <source>- Account: %1
- Source: %2
- Data read: %3
- Generated: %4</source>
        <translation>- Konto: %1
- Quelle: %2
- Daten gelesen: %3
- Erstellt: %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Exempt:</source>
        <translation>Ausgenommen:</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Behebung:</translation>
    </message>
    <message>
        <source>About this rule</source>
        <translation>Über diese Regel</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login&apos; once to keep them in the system keychain</source>
        <translation>Geheimnisse werden nie auf der Kommandozeile angenommen: setzen Sie SCALING_ADVISOR_API_KEY, oder führen Sie einmal „scaling-advisor login“ aus, um sie im Schlüsselbund des Systems aufzubewahren</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;: %2</source>
        <translation>unbekannte Option „--%1“: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>unbekannte Option „--%1“</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation>Option „--%1“ zweimal angegeben</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>Option „--%1“ nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>Option „--%1“ braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a non-empty value</source>
        <translation>Option „--%1“ braucht einen nicht leeren Wert</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>the whole account</source>
        <translation>das ganze Konto</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>About this rule: %1</source>
        <translation>Über diese Regel: %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>score %1/100</source>
        <translation>Punktzahl %1/100</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation>Teile Ihrer Anwendungen funktionieren nicht mehr, wenn ein einzelner Server oder ein einzelnes Rechenzentrum ausfällt. Die Liste unten sagt, was zuerst zu ändern ist.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation>Ihre Anwendungen überstehen den Ausfall eines einzelnen Servers, aber einige liefen dann mit zu wenigen Instanzen oder verlören einen Teil ihres Datendienstes.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation>Ihre Anwendungen sind so verteilt, dass der Ausfall eines Servers oder eines Rechenzentrums sie nicht stoppt.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The account&apos;s size, e.g. &quot;12 applications, 29 services, 59 instances&quot;</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 serious, %2 to improve, %3 for information, %4 accepted.</source>
        <translation>Befunde: %1 schwerwiegend, %2 zu verbessern, %3 zur Information, %4 akzeptiert.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>instances in one datacenter, e.g. &quot;2 × Amazon-us-east-1a&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would stop.</source>
        <translation>Fiele das Rechenzentrum %1 aus, würde diese Anwendung stoppen.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would keep running with fewer instances.</source>
        <translation>Fiele das Rechenzentrum %1 aus, liefe diese Anwendung mit weniger Instanzen weiter.</translation>
    </message>
    <message>
        <source>The loss of any one data centre, %1 included, leaves this application running.</source>
        <translation>Der Ausfall eines beliebigen Rechenzentrums, %1 eingeschlossen, lässt diese Anwendung weiterlaufen.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation>Keine Befunde für diese Anwendung.</translation>
    </message>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Scaling-Advisor-Bericht</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation>Konto %1 · Daten gelesen am %2 von %3 · Bericht erstellt am %4</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Was zuerst zu tun ist</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation>Nichts Dringendes: kein schwerwiegender Befund und nichts zu verbessern.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation>Wo Ihre Instanzen laufen</translation>
    </message>
    <message>
        <source>Instances per data centre, coloured by application. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation>Instanzen pro Rechenzentrum, nach Anwendung eingefärbt. Gleichmäßig verteilt, lässt der Ausfall eines beliebigen Rechenzentrums die übrigen weiterlaufen.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Das ganze Konto</translation>
    </message>
    <message>
        <source>Service types the advisor does not know, treated as stateless: %1</source>
        <translation>Diensttypen, die das Programm nicht kennt, als zustandslos behandelt: %1</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of the application.</source>
        <translation>Ein PDF-Bericht braucht den grafischen Teil der Anwendung.</translation>
    </message>
    <message>
        <source>Cannot draw the report pages.</source>
        <translation>Die Seiten des Berichts können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Seite %1 des Berichts kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation>Scaling-Advisor-Bericht für %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation>Der PDF-Bericht ist leer.</translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message>
        <source>Zones of %1 (%2)</source>
        <translation>Zonen von %1 (%2)</translation>
    </message>
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
    <name>PlanCommand</name>
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Skalierung.</numerusform>
            <numerusform>%1 geschrieben: %n Skalierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation>
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden; der Plan deckt den Rest ab:</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden; der Plan deckt den Rest ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>The account has no application: there is nothing to plan.</source>
        <translation>Das Konto hat keine Anwendung: es gibt nichts zu planen.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter: nothing to scale.</source>
        <translation>
            <numerusform>Die %Ln Anwendung übersteht den Ausfall eines beliebigen Rechenzentrums: nichts zu skalieren.</numerusform>
            <numerusform>Alle %Ln Anwendungen überstehen den Ausfall eines beliebigen Rechenzentrums: nichts zu skalieren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; no scaling would save another.</source>
        <translation>
            <numerusform>Derzeit überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %Ln Anwendung; keine Skalierung würde eine weitere retten.</numerusform>
            <numerusform>Derzeit überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %Ln Anwendungen; keine Skalierung würde eine weitere retten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; after the plan, %2 would.</source>
        <translation>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: heute %1 von %Ln, nach dem Plan %2.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: heute %1 von %Ln, nach dem Plan %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling plan</source>
        <translation>Skalierungsplan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions, each a change of instances followed by a deployment:</source>
        <translation>
            <numerusform>%Ln Aktion, eine Änderung der Instanzenzahl gefolgt von einem Deployment:</numerusform>
            <numerusform>%Ln Aktionen, jeweils eine Änderung der Instanzenzahl gefolgt von einem Deployment:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: %3 → %4 instances; saves %5</source>
        <translation>%1/%2: %3 → %4 Instanzen; rettet %5</translation>
    </message>
    <message numerus="yes">
        <source>What scaling cannot fix (%Ln manual steps):</source>
        <translation>
            <numerusform>Was Skalieren nicht beheben kann (%Ln manueller Schritt):</numerusform>
            <numerusform>Was Skalieren nicht beheben kann (%Ln manuelle Schritte):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Scaling &amp;actions</source>
        <translation>&amp;Skalierungen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Rettet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Manual steps (scaling cannot fix these)</source>
        <translation>&amp;Manuelle Schritte (Skalieren kann sie nicht beheben)</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation>Anwendung / Dienst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>A&amp;pply the Plan…</source>
        <translation>Plan an&amp;wenden…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Scaling actions of the plan</source>
        <translation>Skalierungen des Plans</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Manuelle Schritte</translation>
    </message>
    <message>
        <source>Scale the services of the plan, one after the other</source>
        <translation>Die Dienste des Plans nacheinander skalieren</translation>
    </message>
    <message>
        <source>This is a support account: the plan is shown so that you can walk the customer through it, and only the customer&apos;s own account can apply it (the platform refuses scaling from support accounts).</source>
        <translation>Dies ist ein Support-Konto: der Plan wird angezeigt, damit Sie den Kunden Schritt für Schritt hindurchführen können; anwenden kann ihn nur das Konto des Kunden selbst (die Plattform lehnt Skalierungen von Support-Konten ab).</translation>
    </message>
    <message>
        <source>This data is not from a live account (a snapshot, or no account yet): open the account itself to apply the plan.</source>
        <translation>Diese Daten stammen nicht aus einem Live-Konto (eine Momentaufnahme oder noch kein Konto): öffnen Sie das Konto selbst, um den Plan anzuwenden.</translation>
    </message>
    <message>
        <source>No applications: nothing to plan.</source>
        <translation>Keine Anwendungen: nichts zu planen.</translation>
    </message>
    <message>
        <source>Scaling cannot improve this: every application that scaling can save already survives the loss of any one datacenter.</source>
        <translation>Skalieren kann hier nichts verbessern: jede Anwendung, die Skalieren retten kann, übersteht bereits den Ausfall eines beliebigen Rechenzentrums.</translation>
    </message>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>Nach dem Plan überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %n Anwendung.</numerusform>
            <numerusform>Nach dem Plan überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %n Anwendungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it changes: %1 Each application is deployed again after the change of its instances, which places them afresh; memory and code stay as they are.</source>
        <extracomment>%1 is a sentence like &quot;It scales 4 services in 3 applications.&quot;</extracomment>
        <translation>Was sich ändert: %1 Jede Anwendung wird nach der Änderung ihrer Instanzen neu bereitgestellt, wodurch sie neu platziert werden; Speicher und Code bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation>
            <numerusform>Er skaliert %n Dienst in %1.</numerusform>
            <numerusform>Er skaliert %n Dienste in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Manual steps: none</source>
        <translation>&amp;Manuelle Schritte: keine</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation>
            <numerusform>&amp;Manuelle Schritte, die Skalieren nicht leisten kann (%n)</numerusform>
            <numerusform>&amp;Manuelle Schritte, die Skalieren nicht leisten kann (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Den Plan anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation>
            <numerusform>%n Dienst von %1 jetzt skalieren?</numerusform>
            <numerusform>%n Dienste von %1 jetzt skalieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The services are scaled one after the other, each followed by a deployment of its application, as the platform&apos;s command line does. Cancel stops before the next one; what is done stays done.</source>
        <translation>Die Dienste werden nacheinander skaliert, jeweils gefolgt von einem Deployment ihrer Anwendung, wie es die Kommandozeile der Plattform tut. Abbrechen hält vor dem nächsten an; was erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>Cancelling: the action in progress finishes, no other starts.</source>
        <translation>Abbruch: die laufende Aktion wird beendet, keine weitere beginnt.</translation>
    </message>
    <message>
        <source>scaling…</source>
        <translation>wird skaliert…</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation>
            <numerusform>%1 wird auf %n Instanz skaliert (%2 von %3)…</numerusform>
            <numerusform>%1 wird auf %n Instanzen skaliert (%2 von %3)…</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>Applications that survive the loss of any one datacenter: %1 → %2 of %3. Grade: %4 → %5.</source>
        <translation>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 → %2 von %3. Note: %4 → %5.</translation>
    </message>
    <message>
        <source>The account could not be read again (%1): refresh it to see before → after.</source>
        <translation>Das Konto konnte nicht erneut gelesen werden (%1): aktualisieren Sie es, um vorher → nachher zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation>
            <numerusform>%n Aktion angewendet.</numerusform>
            <numerusform>%n Aktionen angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation>
            <numerusform>Abgebrochen: %n Aktion nicht begonnen (%1).</numerusform>
            <numerusform>Abgebrochen: %n Aktionen nicht begonnen (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Erledigt: %1 (%2 → %n Instanz): %3</numerusform>
            <numerusform>Erledigt: %1 (%2 → %n Instanzen): %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Abgelehnt: %1 (%2 → %n Instanz): %3</numerusform>
            <numerusform>Abgelehnt: %1 (%2 → %n Instanzen): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ling actions: none needed</source>
        <translation>Ska&amp;lierungen: keine nötig</translation>
    </message>
    <message numerus="yes">
        <source>Sca&amp;ling actions (%n)</source>
        <translation>
            <numerusform>Ska&amp;lierung (%n)</numerusform>
            <numerusform>Ska&amp;lierungen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformAuthenticator</name>
    <message>
        <source>the answer has no &quot;token&quot; (the token endpoint), so signing in with a password is not possible</source>
        <translation>die Antwort hat kein „token“ (den Token-Endpunkt), daher ist eine Anmeldung mit Passwort nicht möglich</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The saved sign-in has expired. Please sign in again.</source>
        <translation>Die gespeicherte Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The platform did not accept the username or password. Please check them and sign in again.</source>
        <translation>Die Plattform hat Benutzername oder Passwort nicht akzeptiert. Bitte prüfen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the token answer has no &quot;access_token&quot;</source>
        <translation>die Token-Antwort hat kein „access_token“</translation>
    </message>
    <message>
        <source>the token answer is not a JSON object</source>
        <translation>die Token-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not &quot;bearer&quot;</source>
        <translation>das Token hat den Typ „%1“, nicht „bearer“</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The platform API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-URL der Plattform „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The platform API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die API-URL der Plattform muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet: verwenden Sie https://, oder geben Sie --allow-insecure-http an, wenn Sie hinnehmen, dass jeder im Netzwerk sie mitlesen kann.</translation>
    </message>
    <message>
        <source>Another request to the platform is in progress.</source>
        <translation>Eine andere Anfrage an die Plattform läuft bereits.</translation>
    </message>
    <message>
        <source>No credentials: sign in with an API key or a username and password.</source>
        <translation>Keine Zugangsdaten: melden Sie sich mit einem API-Schlüssel oder mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>The platform changed %1 to %2 instance(s), but did not deploy %3: %4</source>
        <translation>Die Plattform hat %1 auf %2 Instanz(en) gesetzt, aber %3 nicht bereitgestellt: %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation>
            <numerusform>Die Plattform hat angenommen: %1 hat jetzt %n Instanz.</numerusform>
            <numerusform>Die Plattform hat angenommen: %1 hat jetzt %n Instanzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message>
        <source>(after 1 retry)</source>
        <translation>(nach 1 Wiederholung)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(nach %n Wiederholung)</numerusform>
            <numerusform>(nach %n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable answer from the platform to %1: %2</source>
        <translation>Unlesbare Antwort der Plattform auf %1: %2</translation>
    </message>
    <message>
        <source>The platform API is in maintenance mode. Please try again later.</source>
        <translation>Die Plattform-API ist im Wartungsmodus. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials (401)%1. Please sign in again.</source>
        <translation>Die Plattform hat die Zugangsdaten nicht akzeptiert (401)%1. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access denied by the platform for %1 (403)%2.</source>
        <translation>Zugriff auf %1 von der Plattform verweigert (403)%2.</translation>
    </message>
    <message>
        <source>Not found on the platform: %1 (404)%2.</source>
        <translation>Auf der Plattform nicht gefunden: %1 (404)%2.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429): try again in %1 s.</source>
        <translation>Die Plattform begrenzt die Anfragen (429): versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429)%1.</source>
        <translation>Die Plattform begrenzt die Anfragen (429)%1.</translation>
    </message>
    <message>
        <source>The platform refused %1 (%2)%3.</source>
        <translation>Die Plattform hat %1 abgelehnt (%2)%3.</translation>
    </message>
    <message>
        <source>The platform failed to answer %1 (HTTP %2)%3.</source>
        <translation>Die Plattform konnte %1 nicht beantworten (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform to %1 (HTTP %2)%3.</source>
        <translation>Unerwartete Antwort der Plattform auf %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2</source>
        <translation>Die Plattform unter %1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>PlatformSim</name>
    <message>
        <source>Usage: platform-sim (--demo | --dataset FILE | --generate N | --db FILE) [OPTIONS]</source>
        <translation>Aufruf: platform-sim (--demo | --dataset DATEI | --generate N | --db DATEI) [OPTIONEN]</translation>
    </message>
    <message>
        <source>The reference platform: serves the Platform API and the Status API on 127.0.0.1 from a dataset, backed by SQLite. The first line printed is one JSON object with the URLs, the admin token and the users.</source>
        <translation>Die Referenzplattform: stellt die Plattform-API und die Status-API auf 127.0.0.1 aus einem Datensatz bereit, gespeichert in SQLite. Die erste ausgegebene Zeile ist ein JSON-Objekt mit den URLs, dem Admin-Token und den Benutzern.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Exit codes:
  0  stopped by SIGINT or SIGTERM
  1  could not start (bad dataset, port in use)
  2  usage error
</source>
        <translation>Exit-Codes:
  0  durch SIGINT oder SIGTERM beendet
  1  Start nicht möglich (fehlerhafter Datensatz, Port belegt)
  2  Aufruffehler
</translation>
    </message>
    <message>
        <source>serve the dataset FILE</source>
        <translation>den Datensatz DATEI bereitstellen</translation>
    </message>
    <message>
        <source>keep the database in FILE between runs (reused when no dataset is given)</source>
        <translation>die Datenbank zwischen Läufen in DATEI behalten (wiederverwendet, wenn kein Datensatz angegeben ist)</translation>
    </message>
    <message>
        <source>serve the bundled demo dataset</source>
        <translation>den mitgelieferten Demo-Datensatz bereitstellen</translation>
    </message>
    <message>
        <source>serve a generated dataset of N applications</source>
        <translation>einen generierten Datensatz mit N Anwendungen bereitstellen</translation>
    </message>
    <message>
        <source>seed of the generated dataset (default 1)</source>
        <translation>Startwert des generierten Datensatzes (Standard 1)</translation>
    </message>
    <message>
        <source>Platform API port (default 0: any free port)</source>
        <translation>Port der Plattform-API (Standard 0: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>Status API port (default 0: any free port)</source>
        <translation>Port der Status-API (Standard 0: ein beliebiger freier Port)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>Try &apos;platform-sim --help&apos;.</source>
        <translation>Weitere Informationen mit „platform-sim --help“.</translation>
    </message>
    <message>
        <source>--generate needs a positive number of applications</source>
        <translation>--generate braucht eine positive Anzahl an Anwendungen</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed braucht eine Zahl</translation>
    </message>
    <message>
        <source>--port needs a port number</source>
        <translation>--port braucht eine Portnummer</translation>
    </message>
    <message>
        <source>--status-port needs a port number</source>
        <translation>--status-port braucht eine Portnummer</translation>
    </message>
    <message>
        <source>give only one of --dataset, --demo and --generate</source>
        <translation>geben Sie nur eine der Optionen --dataset, --demo und --generate an</translation>
    </message>
    <message>
        <source>give --dataset FILE, --demo, --generate N or an existing --db FILE</source>
        <translation>geben Sie --dataset DATEI, --demo, --generate N oder eine vorhandene --db DATEI an</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation>
            <numerusform>%n weitere Anwendung</numerusform>
            <numerusform>%n weitere Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>instances</source>
        <translation>Instanzen</translation>
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
    <name>ReportParts</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>(account)</source>
        <translation>(Konto)</translation>
    </message>
    <message>
        <source>EXEMPT</source>
        <translation>AUSGENOMMEN</translation>
    </message>
    <message>
        <source>DANGER</source>
        <translation>GEFAHR</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>WARNUNG</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>%1 danger, %2 warning, %3 info, %4 exempt; %5 applications, %6 services, %7 instances</source>
        <translation>Gefahr: %1, Warnung: %2, Hinweis: %3, ausgenommen: %4; Anwendungen: %5, Dienste: %6, Instanzen: %7</translation>
    </message>
    <message>
        <source>Score %1/100, grade %2</source>
        <translation>Punktzahl %1/100, Note %2</translation>
    </message>
    <message>
        <source>No findings: every service survives the loss of one host or zone.</source>
        <translation>Keine Befunde: jeder Dienst übersteht den Ausfall eines Hosts oder einer Zone.</translation>
    </message>
    <message>
        <source>Unknown service types, treated as stateless: %1</source>
        <translation>Unbekannte Diensttypen, als zustandslos behandelt: %1</translation>
    </message>
    <message>
        <source>Could not be read (no placement rules were applied to them)</source>
        <translation>Konnten nicht gelesen werden (keine Platzierungsregeln wurden auf sie angewendet)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>schwerwiegend</translation>
    </message>
    <message>
        <source>to improve</source>
        <translation>zu verbessern</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>zur Information</translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>Die URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet: verwenden Sie https://, oder geben Sie --allow-insecure-http an, wenn Sie hinnehmen, dass jeder im Netzwerk sie mitlesen kann.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3).</source>
        <translation>%1 hat nicht innerhalb von %2 geantwortet (%3).</translation>
    </message>
    <message>
        <source>(unknown proxy)</source>
        <translation>(unbekannter Proxy)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(nach %n Wiederholung)</numerusform>
            <numerusform>(nach %n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (%3).</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 (%3).</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than the %3 limit.</source>
        <translation>Die Antwort von %1 auf %2 ist größer als die Grenze von %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1 (%2): %3</source>
        <translation>Keine sichere Verbindung zu %1 möglich (%2): %3</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1: it refused the connection (is it running?). %2 was not reached.</source>
        <translation>Keine Verbindung zum Proxy %1: er hat die Verbindung abgelehnt (läuft er?). %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 was not found (unknown host). %2 was not reached.</source>
        <translation>Der Proxy %1 wurde nicht gefunden (unbekannter Host). %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time. %2 was not reached.</source>
        <translation>Der Proxy %1 hat nicht rechtzeitig geantwortet. %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a username and password (407): give them in the proxy settings, or in the proxy URL (http://user:password@host:port).</source>
        <translation>Der Proxy %1 verlangt Benutzername und Passwort (407): geben Sie sie in den Proxy-Einstellungen oder in der Proxy-URL an (http://benutzer:passwort@host:port).</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the request to %2 through (%3): %4</source>
        <translation>Der Proxy %1 hat die Anfrage an %2 nicht durchgelassen (%3): %4</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 was cut short: %3 of %4 bytes arrived.</source>
        <translation>Die Antwort von %1 auf %2 brach ab: %3 von %4 Bytes kamen an.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1 (%2). %3 was not reached.</source>
        <translation>Keine Verbindung zum Proxy %1 (%2). %3 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2): %3</source>
        <translation>%1 ist nicht erreichbar (%2): %3</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3) without a valid Location.</source>
        <translation>%1 hat %2 ohne gültigen Location-Header umgeleitet (HTTP %3).</translation>
    </message>
    <message>
        <source>Too many redirects for %1.</source>
        <translation>Zu viele Umleitungen für %1.</translation>
    </message>
    <message>
        <source>%1 redirected %2 to another site (%3); not followed.</source>
        <translation>%1 hat %2 auf eine andere Website umgeleitet (%3); nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3); not followed.</source>
        <translation>%1 hat %2 umgeleitet (HTTP %3); nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(after 1 retry)</source>
        <translation>(nach 1 Wiederholung)</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln weitere</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no application.</source>
        <translation>Das Konto hat keine Anwendung.</translation>
    </message>
    <message>
        <source>The application survives the loss of any one datacenter.</source>
        <translation>Die Anwendung übersteht den Ausfall eines beliebigen Rechenzentrums.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>Die %Ln Anwendung übersteht den Ausfall eines beliebigen Rechenzentrums.</numerusform>
            <numerusform>Alle %Ln Anwendungen überstehen den Ausfall eines beliebigen Rechenzentrums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln; ausfallen würden: %2.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln; ausfallen würden: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>Die %Ln Anwendung übersteht den Ausfall eines beliebigen Hosts.</numerusform>
            <numerusform>Alle %Ln Anwendungen überstehen den Ausfall eines beliebigen Hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 von %Ln.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 von %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not serving right now: %1.</source>
        <translation>Antworten gerade nicht: %1.</translation>
    </message>
    <message>
        <source>Survival not known, the placement could not be read: %1.</source>
        <translation>Überstehen unbekannt, die Platzierung konnte nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln offener Gefahr-Befund begrenzt die Note auf D; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
            <numerusform>%Ln offene Gefahr-Befunde begrenzen die Note auf D; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln offene Warnung begrenzt die Note auf B; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
            <numerusform>%Ln offene Warnungen begrenzen die Note auf B; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open danger and no open warning: the grade follows the score, %1/100.</source>
        <translation>Keine offene Gefahr und keine offene Warnung: die Note folgt der Punktzahl, %1/100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sandbox application. Sandbox applications cannot be scaled, hibernate when idle and run on a best-effort cluster, so every service of it has a single instance: when its host or zone goes, the whole application goes with it. The flavor is fixed when the application is created and cannot be changed after the first push.</source>
        <translation>„%1“ ist eine Sandbox-Anwendung. Sandbox-Anwendungen lassen sich nicht skalieren, gehen bei Leerlauf in den Ruhezustand und laufen auf einem Cluster ohne Garantien, daher hat jeder ihrer Dienste nur eine Instanz: fällt deren Host oder Zone aus, fällt die ganze Anwendung mit aus. Die Variante wird beim Anlegen der Anwendung festgelegt und lässt sich nach dem ersten Push nicht mehr ändern.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be made highly available by scaling: the platform runs it as one instance only, so when its host or zone goes the data service goes with it, and everything that depends on it stops.</source>
        <translation>%1 (%2) lässt sich durch Skalieren nicht hochverfügbar machen: die Plattform betreibt ihn nur als eine Instanz, daher fällt mit seinem Host oder seiner Zone auch der Datendienst aus, und alles, was von ihm abhängt, stoppt.</translation>
    </message>
    <message>
        <source>%1 of the %2 instances of %3 are in %4 (at most %5 would be there if they were spread over %6 datacenters): when %4 fails, %3 loses %1 of %2 at once and the rest may not carry the load.</source>
        <translation>%1 der %2 Instanzen von %3 liegen in %4 (höchstens %5 lägen dort, wären sie auf %6 Rechenzentren verteilt): fällt %4 aus, verliert %3 auf einmal %1 von %2, und der Rest trägt die Last womöglich nicht.</translation>
    </message>
    <message>
        <source>No instance of %1 is up (%2): the service is not answering right now.</source>
        <translation>Keine Instanz von %1 läuft (%2): der Dienst antwortet gerade nicht.</translation>
    </message>
    <message>
        <source>%1 exposes TCP/UDP ports (%2). The platform balances HTTP across instances, but not TCP or UDP: each such port reaches one instance, and clients must switch to another instance themselves when its host or zone goes.</source>
        <translation>%1 stellt TCP/UDP-Ports bereit (%2). Die Plattform verteilt HTTP auf die Instanzen, aber nicht TCP oder UDP: jeder solche Port erreicht nur eine Instanz, und Clients müssen selbst zu einer anderen Instanz wechseln, wenn deren Host oder Zone ausfällt.</translation>
    </message>
    <message>
        <source>Have clients know every instance&apos;s address and retry on another one, or serve the protocol over HTTP so that the platform balances it.</source>
        <translation>Geben Sie den Clients die Adresse jeder Instanz, damit sie es bei einer anderen erneut versuchen, oder liefern Sie das Protokoll über HTTP aus, damit die Plattform es verteilt.</translation>
    </message>
    <message>
        <source>Every instance of the account runs in one region, %1 of %2. Zones protect against the loss of one datacenter, not of the whole region: a region-wide outage takes every application down at once.</source>
        <translation>Alle Instanzen des Kontos laufen in einer Region, %1 von %2. Zonen schützen vor dem Ausfall eines Rechenzentrums, nicht der ganzen Region: ein regionsweiter Ausfall stoppt alle Anwendungen auf einmal.</translation>
    </message>
    <message>
        <source>No scaling command changes the region. Keep off-site backups of your data and a plan to redeploy elsewhere, and follow the platform&apos;s status page during outages.</source>
        <translation>Kein Skalierungsbefehl ändert die Region. Bewahren Sie externe Sicherungen Ihrer Daten und einen Plan für ein erneutes Deployment anderswo auf, und verfolgen Sie bei Ausfällen die Statusseite der Plattform.</translation>
    </message>
    <message>
        <source>1. Create a Live application: %1.
2. Push the same code to it: %2.
3. Scale its services (code services to 3 instances, MySQL/Redis to 2, MongoDB to 3).
4. Move your domains and data to it, then destroy the sandbox application &quot;%3&quot;.</source>
        <translation>1. Legen Sie eine Live-Anwendung an: %1.
2. Pushen Sie denselben Code dorthin: %2.
3. Skalieren Sie ihre Dienste (Code-Dienste auf 3 Instanzen, MySQL/Redis auf 2, MongoDB auf 3).
4. Ziehen Sie Ihre Domains und Daten dorthin um und löschen Sie dann die Sandbox-Anwendung „%3“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type the advisor knows; it is treated as stateless.</source>
        <translation>„%1“ ist kein Diensttyp, den das Programm kennt; er wird als zustandslos behandelt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln members. A MongoDB replica set needs an odd number of members, at most 5: the platform ignores even counts, and with an even split a lost zone can leave no majority to elect a primary, so the database stops taking writes.</source>
        <translation>
            <numerusform>%1 hat %Ln Mitglied. Ein MongoDB-Replica-Set braucht eine ungerade Anzahl an Mitgliedern, höchstens 5: die Plattform ignoriert gerade Anzahlen, und bei gerader Aufteilung kann eine ausgefallene Zone keine Mehrheit zur Wahl eines Primary übrig lassen, sodass die Datenbank keine Schreibzugriffe mehr annimmt.</numerusform>
            <numerusform>%1 hat %Ln Mitglieder. Ein MongoDB-Replica-Set braucht eine ungerade Anzahl an Mitgliedern, höchstens 5: die Plattform ignoriert gerade Anzahlen, und bei gerader Aufteilung kann eine ausgefallene Zone keine Mehrheit zur Wahl eines Primary übrig lassen, sodass die Datenbank keine Schreibzugriffe mehr annimmt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs a single instance (on host %2 in %3): when that host or its zone fails, %1 stops until the platform restarts it elsewhere.</source>
        <translation>%1 läuft mit nur einer Instanz (auf Host %2 in %3): fällt dieser Host oder seine Zone aus, stoppt %1, bis die Plattform ihn anderswo neu startet.</translation>
    </message>
    <message>
        <source>%1 runs a single instance: when its host or its zone fails, %1 stops until the platform restarts it elsewhere.</source>
        <translation>%1 läuft mit nur einer Instanz: fällt ihr Host oder ihre Zone aus, stoppt %1, bis die Plattform ihn anderswo neu startet.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to another host; the instance count of a %2 service cannot be raised further.</source>
        <translation>Bitten Sie den Support der Plattform, eine Instanz von %1 auf einen anderen Host zu verschieben; die Instanzenzahl eines %2-Dienstes lässt sich nicht weiter erhöhen.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to another datacenter; the instance count of a %2 service cannot be raised further.</source>
        <translation>Bitten Sie den Support der Plattform, eine Instanz von %1 in ein anderes Rechenzentrum zu verschieben; die Instanzenzahl eines %2-Dienstes lässt sich nicht weiter erhöhen.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to a less loaded datacenter; the instance count of a %2 service cannot be raised further.</source>
        <translation>Bitten Sie den Support der Plattform, eine Instanz von %1 in ein weniger ausgelastetes Rechenzentrum zu verschieben; die Instanzenzahl eines %2-Dienstes lässt sich nicht weiter erhöhen.</translation>
    </message>
    <message>
        <source>Scaling is followed by a deployment that places the instances afresh: check the placement again afterwards.</source>
        <translation>Auf das Skalieren folgt ein Deployment, das die Instanzen neu platziert: prüfen Sie die Platzierung danach erneut.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln instances of %1 run on the same host, %2: the instances protect against a crashed process, not against the loss of that machine, which takes all of them down at once.</source>
        <translation>
            <numerusform>Die %Ln Instanz von %1 läuft auf dem Host %2: sie schützt vor einem abgestürzten Prozess, nicht vor dem Ausfall dieser Maschine.</numerusform>
            <numerusform>Alle %Ln Instanzen von %1 laufen auf demselben Host, %2: sie schützen vor einem abgestürzten Prozess, nicht vor dem Ausfall dieser Maschine, der sie alle auf einmal stoppt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln instances of %1 run on different hosts but all in one datacenter, %2: when that availability zone fails (as us-east did in June 2012) all of them go at once.</source>
        <translation>
            <numerusform>Die %Ln Instanz von %1 läuft in einem einzigen Rechenzentrum, %2: fällt diese Verfügbarkeitszone aus (wie us-east im Juni 2012), fällt sie mit aus.</numerusform>
            <numerusform>Die %Ln Instanzen von %1 laufen auf verschiedenen Hosts, aber alle in einem Rechenzentrum, %2: fällt diese Verfügbarkeitszone aus (wie us-east im Juni 2012), fallen alle auf einmal aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln instances of %2 are not up (%3): the service runs with less redundancy than it was scaled for, so one more lost host or zone can take it down.</source>
        <translation>
            <numerusform>Nicht laufende Instanzen von %2: %1 von %Ln (%3): der Dienst läuft mit weniger Redundanz, als er skaliert wurde, daher kann ihn ein weiterer ausgefallener Host oder eine weitere Zone stoppen.</numerusform>
            <numerusform>Nicht laufende Instanzen von %2: %1 von %Ln (%3): der Dienst läuft mit weniger Redundanz, als er skaliert wurde, daher kann ihn ein weiterer ausgefallener Host oder eine weitere Zone stoppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox applications hibernate when idle; the next request wakes them.</source>
        <translation>Sandbox-Anwendungen gehen bei Leerlauf in den Ruhezustand; die nächste Anfrage weckt sie.</translation>
    </message>
    <message>
        <source>Check the service&apos;s logs (%1) and restart it (%2); if instances stay down, contact the platform&apos;s support.</source>
        <translation>Prüfen Sie die Logs des Dienstes (%1) und starten Sie ihn neu (%2); bleiben Instanzen ausgefallen, wenden Sie sich an den Support der Plattform.</translation>
    </message>
    <message>
        <source>up</source>
        <comment>instance status</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <source>down</source>
        <comment>instance status</comment>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>instance status</comment>
        <translation>im Ruhezustand</translation>
    </message>
    <message>
        <source>master</source>
        <comment>database instance role</comment>
        <translation>Master</translation>
    </message>
    <message>
        <source>slave</source>
        <comment>database instance role</comment>
        <translation>Slave</translation>
    </message>
    <message>
        <source>primary</source>
        <comment>database instance role</comment>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <comment>database instance role</comment>
        <translation>sekundär</translation>
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
    <message>
        <source>Scaling and redeploying…</source>
        <translation>Skalierung und erneutes Deployment…</translation>
    </message>
</context>
<context>
    <name>ScalingPlanner</name>
    <message>
        <source>%1 has no instance. If it should run, scale it (%2) once you know why it has none.</source>
        <translation>%1 hat keine Instanz. Soll der Dienst laufen, skalieren Sie ihn (%2), sobald Sie wissen, warum er keine hat.</translation>
    </message>
    <message>
        <source>The platform offers a single datacenter: no instance count of %1 survives its loss. Keep backups of your data and a plan to redeploy elsewhere.</source>
        <translation>Die Plattform bietet nur ein Rechenzentrum: keine Instanzenzahl von %1 übersteht dessen Ausfall. Bewahren Sie Sicherungen Ihrer Daten und einen Plan für ein erneutes Deployment anderswo auf.</translation>
    </message>
    <message numerus="yes">
        <source>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</source>
        <translation>
            <numerusform>Keine Instanzenzahl von %1 übersteht den Ausfall eines Rechenzentrums bei dem %Ln Rechenzentrum, das die Plattform bietet: ein Replica Set arbeitet nur mit der Mehrheit seiner Mitglieder weiter, und ein ausgefallenes Rechenzentrum nimmt die Mehrheit mit. Bewahren Sie Sicherungen Ihrer Daten auf und fragen Sie den Support der Plattform nach weiteren Zonen.</numerusform>
            <numerusform>Keine Instanzenzahl von %1 übersteht den Ausfall eines Rechenzentrums bei den %Ln Rechenzentren, die die Plattform bietet: ein Replica Set arbeitet nur mit der Mehrheit seiner Mitglieder weiter, und ein ausgefallenes Rechenzentrum nimmt die Mehrheit mit. Bewahren Sie Sicherungen Ihrer Daten auf und fragen Sie den Support der Plattform nach weiteren Zonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance count of %1 cannot change, so no scaling command moves it. Ask the platform&apos;s support to move one instance of %1 to another datacenter, or redeploy the application so that the platform places its instances afresh.</source>
        <translation>Die Instanzenzahl von %1 kann sich nicht ändern, daher verschiebt ihn kein Skalierungsbefehl. Bitten Sie den Support der Plattform, eine Instanz von %1 in ein anderes Rechenzentrum zu verschieben, oder stellen Sie die Anwendung neu bereit, damit die Plattform ihre Instanzen neu platziert.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Scales horizontally: every instance serves requests behind the platform&apos;s round-robin HTTP load balancer, so three instances on different hosts and zones keep the service answering when one host or zone is lost.</source>
        <translation>Horizontal skalierbar: jede Instanz beantwortet Anfragen hinter dem Round-Robin-HTTP-Load-Balancer der Plattform, sodass drei Instanzen auf verschiedenen Hosts und in verschiedenen Zonen den Dienst erreichbar halten, wenn ein Host oder eine Zone ausfällt.</translation>
    </message>
    <message>
        <source>Scales horizontally: workers hold no state of their own, so three instances on different hosts and zones keep the work going when one host or zone is lost.</source>
        <translation>Horizontal skalierbar: Worker halten keinen eigenen Zustand, sodass drei Instanzen auf verschiedenen Hosts und in verschiedenen Zonen die Arbeit fortsetzen, wenn ein Host oder eine Zone ausfällt.</translation>
    </message>
    <message>
        <source>Scales horizontally: each instance relays mail on its own, so three instances on different hosts and zones keep mail flowing when one host or zone is lost.</source>
        <translation>Horizontal skalierbar: jede Instanz leitet E-Mails eigenständig weiter, sodass drei Instanzen auf verschiedenen Hosts und in verschiedenen Zonen die Zustellung aufrechterhalten, wenn ein Host oder eine Zone ausfällt.</translation>
    </message>
    <message>
        <source>Scales to a master/slave pair (exactly 2 instances): the slave is kept in sync and takes over when the master&apos;s host or zone is lost. Reads do not go to the slave.</source>
        <translation>Skaliert zu einem Master/Slave-Paar (genau 2 Instanzen): der Slave wird synchron gehalten und übernimmt, wenn Host oder Zone des Masters ausfällt. Lesezugriffe gehen nicht an den Slave.</translation>
    </message>
    <message>
        <source>Scales to a replica set of 3 or 5 members (odd numbers only: the platform ignores even counts, and a set needs a majority to elect a primary). With 3 members on different hosts and zones the set keeps a primary when one is lost.</source>
        <translation>Skaliert zu einem Replica Set mit 3 oder 5 Mitgliedern (nur ungerade Anzahlen: die Plattform ignoriert gerade Anzahlen, und ein Set braucht eine Mehrheit, um einen Primary zu wählen). Mit 3 Mitgliedern auf verschiedenen Hosts und in verschiedenen Zonen behält das Set einen Primary, wenn ein Mitglied ausfällt.</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs PostgreSQL as one instance only, so losing its host or zone loses the service. Migrate to MySQL (master/slave) or MongoDB (replica set).</source>
        <translation>Nicht für Hochverfügbarkeit skalierbar: die Plattform betreibt PostgreSQL nur als eine Instanz, daher geht mit ihrem Host oder ihrer Zone der Dienst verloren. Migrieren Sie zu MySQL (Master/Slave) oder MongoDB (Replica Set).</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs PostGIS as one instance only, so losing its host or zone loses the service. Migrate to MySQL (master/slave) or MongoDB (replica set, with its geospatial indexes).</source>
        <translation>Nicht für Hochverfügbarkeit skalierbar: die Plattform betreibt PostGIS nur als eine Instanz, daher geht mit ihrem Host oder ihrer Zone der Dienst verloren. Migrieren Sie zu MySQL (Master/Slave) oder MongoDB (Replica Set, mit seinen Geodaten-Indizes).</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs Solr as one instance only, so losing its host or zone loses the service. Migrate to Elastic Search, run as a horizontally scaled custom service.</source>
        <translation>Nicht für Hochverfügbarkeit skalierbar: die Plattform betreibt Solr nur als eine Instanz, daher geht mit ihrem Host oder ihrer Zone der Dienst verloren. Migrieren Sie zu Elastic Search, betrieben als horizontal skalierter eigener Dienst.</translation>
    </message>
    <message>
        <source>1. Add a MySQL (or MongoDB) service to dotcloud.yml and push it.
2. Scale it: MySQL to 2 instances (master/slave), MongoDB to 3 (replica set).
3. Export the PostgreSQL data, import it into the new service and point the application at it.
4. Remove the PostgreSQL service once the application runs on the new one.</source>
        <translation>1. Fügen Sie dotcloud.yml einen MySQL-Dienst (oder MongoDB-Dienst) hinzu und pushen Sie ihn.
2. Skalieren Sie ihn: MySQL auf 2 Instanzen (Master/Slave), MongoDB auf 3 (Replica Set).
3. Exportieren Sie die PostgreSQL-Daten, importieren Sie sie in den neuen Dienst und richten Sie die Anwendung darauf aus.
4. Entfernen Sie den PostgreSQL-Dienst, sobald die Anwendung mit dem neuen läuft.</translation>
    </message>
    <message>
        <source>1. Add a MySQL (or MongoDB) service to dotcloud.yml and push it.
2. Scale it: MySQL to 2 instances (master/slave), MongoDB to 3 (replica set).
3. Export the PostGIS data, import it into the new service and point the application at it.
4. Remove the PostGIS service once the application runs on the new one.</source>
        <translation>1. Fügen Sie dotcloud.yml einen MySQL-Dienst (oder MongoDB-Dienst) hinzu und pushen Sie ihn.
2. Skalieren Sie ihn: MySQL auf 2 Instanzen (Master/Slave), MongoDB auf 3 (Replica Set).
3. Exportieren Sie die PostGIS-Daten, importieren Sie sie in den neuen Dienst und richten Sie die Anwendung darauf aus.
4. Entfernen Sie den PostGIS-Dienst, sobald die Anwendung mit dem neuen läuft.</translation>
    </message>
    <message>
        <source>1. Add an Elastic Search custom service to dotcloud.yml and push it.
2. Scale it to 3 instances.
3. Re-index your documents into Elastic Search and switch the application&apos;s search client to it.
4. Remove the Solr service once searches are served from Elastic Search.</source>
        <translation>1. Fügen Sie dotcloud.yml einen eigenen Elastic-Search-Dienst hinzu und pushen Sie ihn.
2. Skalieren Sie ihn auf 3 Instanzen.
3. Indizieren Sie Ihre Dokumente in Elastic Search neu und stellen Sie den Suchclient der Anwendung darauf um.
4. Entfernen Sie den Solr-Dienst, sobald die Suchanfragen von Elastic Search beantwortet werden.</translation>
    </message>
    <message>
        <source>HTTP ports are load-balanced across instances; TCP and UDP ports are not: clients of a TCP or UDP port reach one instance only and must handle its loss themselves.</source>
        <translation>HTTP-Ports werden auf die Instanzen verteilt, TCP- und UDP-Ports nicht: Clients eines TCP- oder UDP-Ports erreichen nur eine Instanz und müssen deren Ausfall selbst behandeln.</translation>
    </message>
    <message>
        <source>Not a service type the advisor knows; treated as stateless: it should scale horizontally like a code service, with instances on different hosts and zones.</source>
        <translation>Ein dem Advisor unbekannter Diensttyp; er wird als zustandslos behandelt: Er sollte wie ein Code-Dienst horizontal skalieren, mit Instanzen auf verschiedenen Hosts und in verschiedenen Zonen.</translation>
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
        <translation>&amp;Abfrageintervall:</translation>
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
    <message>
        <source>Re-read the &amp;inventory every:</source>
        <translation>&amp;Bestand neu lesen alle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never (only when asked)</source>
        <translation>Nie (nur auf Anforderung)</translation>
    </message>
    <message>
        <source>Inventory re-read interval in minutes</source>
        <translation>Intervall für das Neulesen des Bestands in Minuten</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>&amp;Host und Port des Proxys:</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy &amp;user (optional):</source>
        <translation>Proxy-&amp;Benutzer (optional):</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Proxy-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Proxy-Passwort</translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificates:</source>
        <translation>&amp;Zusätzliche CA-Zertifikate:</translation>
    </message>
    <message>
        <source>PEM file, for a network that inspects TLS</source>
        <translation>PEM-Datei, für ein Netzwerk, das TLS untersucht</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Datei mit zusätzlichen CA-Zertifikaten</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>System (or http_proxy / https_proxy / no_proxy)</source>
        <translation>System (oder http_proxy / https_proxy / no_proxy)</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Keiner: direkt verbinden</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Zusätzliche CA-Zertifikate</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Proxys ein.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
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
    <name>SimulateCommand</name>
    <message>
        <source>no %1 named &apos;%2&apos; in %3</source>
        <translation>kein %1 namens „%2“ in %3</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>bekannt: %1</translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message>
        <source>If datacenter %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Fiele das Rechenzentrum %1 aus — Anwendungen OK: %2, eingeschränkt: %3, ausgefallen: %4</translation>
    </message>
    <message>
        <source>If host %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Fiele der Host %1 aus — Anwendungen OK: %2, eingeschränkt: %3, ausgefallen: %4</translation>
    </message>
    <message>
        <source>If region %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Fiele die Region %1 aus — Anwendungen OK: %2, eingeschränkt: %3, ausgefallen: %4</translation>
    </message>
    <message>
        <source>If provider %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Fiele der Anbieter %1 aus — Anwendungen OK: %2, eingeschränkt: %3, ausgefallen: %4</translation>
    </message>
    <message>
        <source>worst single datacenter: %1 (%2)</source>
        <translation>kritischstes Rechenzentrum: %1 (%2)</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>an application&apos;s state</comment>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>down</source>
        <comment>an application&apos;s state</comment>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>an application&apos;s state</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>a service&apos;s state</comment>
        <translation>eingeschränkt</translation>
    </message>
    <message>
        <source>down</source>
        <comment>a service&apos;s state</comment>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>a service&apos;s state</comment>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n instance(s) up</source>
        <translation>
            <numerusform>%1 → %n laufende Instanz</numerusform>
            <numerusform>%1 → %n laufende Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Anwendung, %2 Dienste, %3 Instanzen von %4.</numerusform>
            <numerusform>%1 geschrieben: %n Anwendungen, %2 Dienste, %3 Instanzen von %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation>
            <numerusform>%n Dienst konnte nicht gelesen werden; er steht in der Momentaufnahme als Fehler</numerusform>
            <numerusform>%n Dienste konnten nicht gelesen werden; sie stehen in der Momentaufnahme als Fehler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Status unknown since %1</source>
        <translation>Status unbekannt seit %1</translation>
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
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Read the platform status again now</source>
        <translation>Den Plattformstatus jetzt erneut lesen</translation>
    </message>
    <message>
        <source>Show the recent status updates and maintenance</source>
        <translation>Die letzten Statusmeldungen und Wartungen anzeigen</translation>
    </message>
    <message>
        <source>%1 — this computer is offline</source>
        <translation>%1 — dieser Computer ist offline</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation>Zuletzt bekannt: %1, gelesen %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <extracomment>The status page&apos;s own words, quoted under the banner&apos;s headline</extracomment>
        <translation>Die Seite meldet: „%1“</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1, until %2</source>
        <translation>Laufende Wartung: %1, bis %2</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1</source>
        <translation>Laufende Wartung: %1</translation>
    </message>
    <message>
        <source>Upcoming maintenance: %1, %2</source>
        <translation>Geplante Wartung: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 are down in %2</source>
        <translation>
            <numerusform>%1 ist in %2 ausgefallen</numerusform>
            <numerusform>%1 sind in %2 ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would go down if %2 failed</source>
        <translation>
            <numerusform>%1 würde ausfallen, wenn %2 ausfiele</numerusform>
            <numerusform>%1 würden ausfallen, wenn %2 ausfiele</numerusform>
        </translation>
    </message>
    <message>
        <source>What if %1 fails…</source>
        <translation>Was wäre, wenn %1 ausfällt…</translation>
    </message>
    <message>
        <source>Open the What-if of %1 for your applications</source>
        <translation>„Was wäre wenn“ für %1 und Ihre Anwendungen öffnen</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
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
    <message>
        <source>Other feeds…</source>
        <translation>Weitere Feeds…</translation>
    </message>
    <message>
        <source>Follow another Statuspage page or an RSS or Atom feed</source>
        <translation>Einer weiteren Statuspage-Seite oder einem RSS- oder Atom-Feed folgen</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 bis %3</translation>
    </message>
    <message>
        <source>Other feeds you follow</source>
        <translation>Weitere Feeds, denen Sie folgen</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1: noch nicht gelesen</translation>
    </message>
    <message>
        <source>%1: status unknown — %2</source>
        <translation>%1: Status unbekannt — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (the page says: “%3”)</source>
        <translation>%1: %2 (die Seite meldet: „%3“)</translation>
    </message>
    <message>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
    <message>
        <source>  Upcoming maintenance: %1, %2</source>
        <translation>  Geplante Wartung: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: status unknown (a feed tells no level) — %n entries</source>
        <translation>
            <numerusform>%1: Status unbekannt (ein Feed nennt keine Stufe) — %n Eintrag</numerusform>
            <numerusform>%1: Status unbekannt (ein Feed nennt keine Stufe) — %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>  Latest: %1, %2</source>
        <translation>  Neueste: %1, %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <translation>Die Seite meldet: „%1“</translation>
    </message>
    <message>
        <source>No recent incident updates.</source>
        <translation>Keine aktuellen Meldungen zu Vorfällen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
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
    <message>
        <source>The page says: “%1”</source>
        <translation>Die Seite meldet: „%1“</translation>
    </message>
</context>
<context>
    <name>StatusReportWriter</name>
    <message>
        <source>Platform status: %1 since %2</source>
        <translation>Plattformstatus: %1 seit %2</translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation>Plattformstatus: %1</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>Der Status konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation>Zuletzt bekannt: %1, gelesen %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <extracomment>The status page&apos;s own words, quoted under the headline</extracomment>
        <translation>Die Seite meldet: „%1“</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 (%2), updated %3</source>
        <translation>Quelle: %1 (%2), aktualisiert %3</translation>
    </message>
    <message>
        <source>The one component is operational.</source>
        <translation>Die einzige Komponente ist betriebsbereit.</translation>
    </message>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation>
            <numerusform>%n Komponente ist betriebsbereit.</numerusform>
            <numerusform>Alle %n Komponenten sind betriebsbereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components not operational (%1 of %2):</source>
        <translation>Nicht betriebsbereite Komponenten (%1 von %2):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open incidents: none</source>
        <translation>Offene Vorfälle: keine</translation>
    </message>
    <message>
        <source>Open incidents (%1):</source>
        <translation>Offene Vorfälle (%1):</translation>
    </message>
    <message>
        <source>[%1] %2 — %3, updated %4</source>
        <translation>[%1] %2 — %3, aktualisiert %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Maintenance in progress:</source>
        <translation>Laufende Wartung:</translation>
    </message>
    <message>
        <source>Upcoming maintenance:</source>
        <translation>Geplante Wartung:</translation>
    </message>
    <message>
        <source>Completed maintenance:</source>
        <translation>Abgeschlossene Wartung:</translation>
    </message>
    <message>
        <source>Recent updates:</source>
        <translation>Letzte Meldungen:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation>
            <numerusform>… und %n ältere Meldung</numerusform>
            <numerusform>… und %n ältere Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A maintenance window: &quot;from 2024-04-01 06:00 UTC (in 3 days) to 08:00 UTC&quot;</extracomment>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>StatusSnapshot</name>
    <message>
        <source>%1 › %2</source>
        <extracomment>A component inside its group on a status page: &quot;Programmable Messaging › MMS&quot;</extracomment>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Status unknown</source>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <source>Platform outage (critical)</source>
        <translation>Plattformausfall (kritisch)</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation>Plattformausfall</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Alle Systeme betriebsbereit</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation>Wartung läuft</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation>Eingeschränkter Betrieb</translation>
    </message>
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
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A time and how long ago it was: &quot;2024-03-05 11:42 PST (6 years ago)&quot;</extracomment>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird überprüft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>wird untersucht</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>wird beobachtet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation>Nachbetrachtung</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n Std.</numerusform>
            <numerusform>in %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>in %n Monat</numerusform>
            <numerusform>in %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>in %n Jahr</numerusform>
            <numerusform>in %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Scaling Advisor audit</source>
        <translation>Scaling-Advisor-Prüfung</translation>
    </message>
    <message>
        <source>Account:   %1</source>
        <translation>Konto:    %1</translation>
    </message>
    <message>
        <source>Source:    %1 (read %2)</source>
        <translation>Quelle:   %1 (gelesen am %2)</translation>
    </message>
    <message>
        <source>Source:    %1</source>
        <translation>Quelle:   %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>    More: %1</source>
        <translation>    Mehr: %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Scaling Advisor User Guide</source>
        <translation>Scaling Advisor – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in diesem Build.</translation>
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
        <translation>Laufende Instanzen
(vorher → nachher)</translation>
    </message>
    <message>
        <source>Worst single datacenter</source>
        <translation>Kritischstes
Rechenzentrum</translation>
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
        <source>Services that lose instances</source>
        <translation>Dienste, die Instanzen verlieren</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <source>No service loses an instance when %1 fails.</source>
        <translation>Kein Dienst verliert eine Instanz, wenn %1 ausfällt.</translation>
    </message>
    <message>
        <source>Choose a datacenter, host, region or provider above and press Simulate: the services that would lose instances are charted here.</source>
        <translation>Wählen Sie oben ein Rechenzentrum, einen Host, eine Region oder einen Anbieter und klicken Sie auf Simulieren: die Dienste, die Instanzen verlieren würden, werden hier dargestellt.</translation>
    </message>
</context>
</TS>
