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
    <name>AccountSession</name>
    <message>
        <source>No account yet. Add one to read your applications, or open a snapshot file.</source>
        <translation type="vanished">Noch kein Konto. Fügen Sie eines hinzu, um Ihre Anwendungen zu lesen, oder öffnen Sie eine Momentaufnahme.</translation>
    </message>
    <message>
        <source>No secret is stored for %1: enter it to sign in.</source>
        <translation type="vanished">Für %1 ist kein Geheimnis gespeichert: geben Sie es zum Anmelden ein.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of %1 cannot be stored. Enter it to use it for this session only.</source>
        <translation type="vanished">Auf diesem System ist kein Schlüsselbund verfügbar, daher kann das Geheimnis von %1 nicht gespeichert werden. Geben Sie es ein, um es nur für diese Sitzung zu verwenden.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret of %1: %2</source>
        <translation type="vanished">Der Schlüsselbund hat das Geheimnis von %1 nicht geliefert: %2</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation type="vanished">Von %1 abgemeldet: das Geheimnis wurde gelöscht. Die angezeigten Daten bleiben, bis Sie das Fenster schließen.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation type="vanished">Anmeldung bei %1 nicht möglich: %2 Prüfen Sie das Geheimnis des Kontos.</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation type="vanished">Die Ausnahmedatei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation type="vanished">Eine Ausnahme braucht eine Begründung.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 There is no data to show yet. Next try at %2.</source>
        <translation type="vanished">Aktualisierung nicht möglich: %1 Es gibt noch keine Daten anzuzeigen. Nächster Versuch um %2.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The data shown was %2. Next try at %3.</source>
        <translation type="vanished">Aktualisierung nicht möglich: %1 Die angezeigten Daten wurden %2. Nächster Versuch um %3.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 %2 → %3 instances</source>
        <translation type="vanished">%1 %2 → %3 Instanzen</translation>
    </message>
    <message>
        <source>y</source>
        <translation type="vanished">j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">ja</translation>
    </message>
    <message>
        <source>apply changes the account and asks first, but standard input is not a terminal: pass --yes to apply the plan without asking</source>
        <translation type="vanished">apply ändert das Konto und fragt vorher nach, aber die Standardeingabe ist kein Terminal: geben Sie --yes an, um den Plan ohne Rückfrage anzuwenden</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor apply --help&apos;.</source>
        <translation type="vanished">Weitere Informationen mit „scaling-advisor apply --help“.</translation>
    </message>
    <message>
        <source>the API key of %1 belongs to a support account: support staff can see a customer&apos;s plan (&apos;scaling-advisor plan --user NAME&apos;) but cannot apply it; the customer applies it with their own key</source>
        <translation type="vanished">der API-Schlüssel von %1 gehört zu einem Support-Konto: der Support kann den Plan eines Kunden ansehen („scaling-advisor plan --user NAME“), ihn aber nicht anwenden; der Kunde wendet ihn mit seinem eigenen Schlüssel an</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation type="vanished">
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden, und ein Plan über einen Teil des Kontos könnte die falschen Dienste skalieren: nichts wurde geändert</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden, und ein Plan über einen Teil des Kontos könnte die falschen Dienste skalieren: nichts wurde geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="vanished">%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation type="vanished">
            <numerusform>%n Aktion auf das Konto von %1 bei %2 anwenden? [j/N] </numerusform>
            <numerusform>%n Aktionen auf das Konto von %1 bei %2 anwenden? [j/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="vanished">Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>[%1/%2] %3 …</source>
        <translation type="vanished">[%1/%2] %3 …</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="vanished">Angewendet: %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation type="vanished">Abgelehnt: %1: %2</translation>
    </message>
    <message>
        <source>Stopping after the action in flight; the actions done stay done.</source>
        <translation type="vanished">Abbruch nach der laufenden Aktion; bereits ausgeführte Aktionen bleiben bestehen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%1 von %2 Aktion angewendet.</numerusform>
            <numerusform>%1 von %2 Aktionen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation type="vanished">Nicht angewendet: %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; not started: %1</source>
        <translation type="vanished">Abgebrochen; nicht begonnen: %1</translation>
    </message>
    <message>
        <source>Before → after:</source>
        <translation type="vanished">Vorher → nachher:</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one datacenter: %1 → %2 of %3</source>
        <translation type="vanished">Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 → %2 von %3</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one host: %1 → %2 of %3</source>
        <translation type="vanished">Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 → %2 von %3</translation>
    </message>
    <message>
        <source>grade: %1 → %2 (score %3 → %4)</source>
        <translation type="vanished">Note: %1 → %2 (Punktzahl %3 → %4)</translation>
    </message>
    <message>
        <source>the account could not be read again after the plan, so before → after is not known: %1</source>
        <translation type="vanished">das Konto konnte nach dem Plan nicht erneut gelesen werden, daher ist vorher → nachher nicht bekannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation type="vanished">
            <numerusform>%n Aktion des Plans wurde nicht angewendet; die anderen schon.</numerusform>
            <numerusform>%n Aktionen des Plans wurden nicht angewendet; die anderen schon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>exemptions file %1: no such file</source>
        <translation type="vanished">Ausnahmedatei %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>exemptions file %1 is not valid: %2</source>
        <translation type="vanished">die Ausnahmedatei %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7).</source>
        <translation type="vanished">%1 geschrieben: Gefahr %2, Warnung %3, Hinweis %4, ausgenommen %5; Punktzahl %6 (%7).</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation type="vanished">
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden; die Prüfung deckt den Rest ab:</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden; die Prüfung deckt den Rest ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation type="vanished">%1.%2: %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--api needs an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation type="vanished">--api braucht eine http://- oder https://-URL, erhalten: „%1“</translation>
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
        <translation type="vanished">Aufruf: scaling-advisor [--demo | DATEI.json]
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
        <translation type="vanished">Optionen:
  --demo                    die Desktop-Anwendung mit der Demo-Plattform öffnen
  --help                    diese Hilfe zeigen („scaling-advisor BEFEHL --help“ für einen Befehl)
  --version                 die Version zeigen

Der API-Schlüssel kommt aus der Umgebungsvariable SCALING_ADVISOR_API_KEY oder aus dem
Schlüsselbund des Systems (siehe „login“); keine Option nimmt ein Geheimnis an.

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="vanished">Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="vanished">Optionen:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="vanished">Beispiele:</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;: %2</source>
        <translation type="vanished">unbekannte Option „%1“: %2</translation>
    </message>
    <message>
        <source>open either the demo platform or a snapshot file, not both</source>
        <translation type="vanished">öffnen Sie entweder die Demo-Plattform oder eine Momentaufnahme, nicht beides</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command: write it without dashes</source>
        <translation type="vanished">„%1“ ist ein Befehl: schreiben Sie ihn ohne Bindestriche</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="vanished">unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="vanished">unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>the window opens one snapshot file; unexpected argument &apos;%1&apos;</source>
        <translation type="vanished">das Fenster öffnet eine einzige Momentaufnahme; unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown --language &apos;%1&apos;: use fr, de or en</source>
        <translation type="vanished">unbekannte --language „%1“: verwenden Sie fr, de oder en</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text, json, csv, markdown or html</source>
        <translation type="vanished">unbekanntes --format „%1“: verwenden Sie text, json, csv, markdown oder html</translation>
    </message>
    <message>
        <source>unknown --fail-on &apos;%1&apos;: use danger, warning, info or never</source>
        <translation type="vanished">unbekanntes --fail-on „%1“: verwenden Sie danger, warning, info oder never</translation>
    </message>
    <message>
        <source>say what fails with exactly one of --fail-datacenter, --fail-host, --fail-region or --fail-provider</source>
        <translation type="vanished">geben Sie mit genau einer der Optionen --fail-datacenter, --fail-host, --fail-region oder --fail-provider an, was ausfällt</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json</source>
        <translation type="vanished">unbekanntes --format „%1“: verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>apply scales services on the platform, and a snapshot is a copy on disk that cannot be scaled: use --api URL (or &apos;plan --snapshot FILE&apos; to see the plan)</source>
        <translation type="vanished">apply skaliert Dienste auf der Plattform, und eine Momentaufnahme ist eine Kopie auf der Festplatte, die sich nicht skalieren lässt: verwenden Sie --api URL (oder „plan --snapshot DATEI“, um den Plan zu sehen)</translation>
    </message>
    <message>
        <source>support staff can see a customer&apos;s plan (&apos;plan --user NAME&apos;) but cannot apply it: the customer applies it with their own key</source>
        <translation type="vanished">der Support kann den Plan eines Kunden ansehen („plan --user NAME“), ihn aber nicht anwenden: der Kunde wendet ihn mit seinem eigenen Schlüssel an</translation>
    </message>
    <message>
        <source>choose one platform: --api or --demo</source>
        <translation type="vanished">wählen Sie eine Plattform: --api oder --demo</translation>
    </message>
    <message>
        <source>say where to write the snapshot with --output FILE</source>
        <translation type="vanished">geben Sie mit --output DATEI an, wohin die Momentaufnahme geschrieben wird</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text or json</source>
        <translation type="vanished">unbekanntes Format „%1“: verwenden Sie text oder json</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor --help&apos;.</source>
        <translation type="vanished">Weitere Informationen mit „scaling-advisor --help“.</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor %1 --help&apos;.</source>
        <translation type="vanished">Weitere Informationen mit „scaling-advisor %1 --help“.</translation>
    </message>
    <message>
        <source>platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last login, else https://rest.dotcloud.com)</source>
        <translation type="vanished">zu lesende Plattform-API (Standard: $SCALING_ADVISOR_API_URL, sonst die URL der letzten Anmeldung, sonst https://rest.dotcloud.com)</translation>
    </message>
    <message>
        <source>read a snapshot file instead of the API (offline)</source>
        <translation type="vanished">eine Momentaufnahme statt der API lesen (offline)</translation>
    </message>
    <message>
        <source>read the bundled demo platform, started in-process</source>
        <translation type="vanished">die mitgelieferte Demo-Plattform lesen, im selben Prozess gestartet</translation>
    </message>
    <message>
        <source>support staff: read the account of customer NAME</source>
        <translation type="vanished">Support: das Konto des Kunden NAME lesen</translation>
    </message>
    <message>
        <source>allow plain http:// to a host that is not loopback</source>
        <translation type="vanished">unverschlüsseltes http:// zu einem Host erlauben, der nicht Loopback ist</translation>
    </message>
    <message>
        <source>write messages and reports in fr, de or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation type="vanished">Meldungen und Berichte auf fr, de oder en schreiben (Standard: aus LANGUAGE, LC_ALL, LC_MESSAGES oder LANG)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="vanished">diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown or html</source>
        <translation type="vanished">text (Standard), json, csv, markdown oder html</translation>
    </message>
    <message>
        <source>write the report to FILE (default: stdout)</source>
        <translation type="vanished">den Bericht in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>exit 3 when a finding is at or above LEVEL: danger (default), warning, info or never; exempt findings do not count</source>
        <translation type="vanished">mit Code 3 beenden, wenn ein Befund STUFE erreicht: danger (Standard), warning, info oder never; ausgenommene Befunde zählen nicht</translation>
    </message>
    <message>
        <source>JSON exemptions file: [{rule, application, service?, reason, expires?}]</source>
        <translation type="vanished">JSON-Ausnahmedatei: [{rule, application, service?, reason, expires?}]</translation>
    </message>
    <message>
        <source>platform CLI named in fix commands (default: dotcloud)</source>
        <translation type="vanished">in den Befehlen zur Behebung genanntes Plattform-CLI (Standard: dotcloud)</translation>
    </message>
    <message>
        <source>check an account against the scaling rules and write a report</source>
        <translation type="vanished">ein Konto anhand der Skalierungsregeln prüfen und einen Bericht schreiben</translation>
    </message>
    <message>
        <source>Check every application and service of an account against the scaling rules and write a report.</source>
        <translation type="vanished">Prüft jede Anwendung und jeden Dienst eines Kontos anhand der Skalierungsregeln und schreibt einen Bericht.</translation>
    </message>
    <message>
        <source>fail one datacenter (e.g. Amazon-us-east-1a)</source>
        <translation type="vanished">ein Rechenzentrum ausfallen lassen (z. B. Amazon-us-east-1a)</translation>
    </message>
    <message>
        <source>fail one host</source>
        <translation type="vanished">einen Host ausfallen lassen</translation>
    </message>
    <message>
        <source>fail a whole region (e.g. us-east-1)</source>
        <translation type="vanished">eine ganze Region ausfallen lassen (z. B. us-east-1)</translation>
    </message>
    <message>
        <source>fail a whole provider (e.g. Amazon)</source>
        <translation type="vanished">einen ganzen Anbieter ausfallen lassen (z. B. Amazon)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation type="vanished">text (Standard) oder json</translation>
    </message>
    <message>
        <source>write the result to FILE (default: stdout)</source>
        <translation type="vanished">das Ergebnis in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>what if a datacenter, host, region or provider fails?</source>
        <translation type="vanished">was wäre, wenn ein Rechenzentrum, ein Host, eine Region oder ein Anbieter ausfällt?</translation>
    </message>
    <message>
        <source>Show which services keep running when a datacenter, host, region or provider fails, and the worst single datacenter of each application.</source>
        <translation type="vanished">Zeigt, welche Dienste weiterlaufen, wenn ein Rechenzentrum, ein Host, eine Region oder ein Anbieter ausfällt, und das kritischste Rechenzentrum jeder Anwendung.</translation>
    </message>
    <message>
        <source>write the plan to FILE (default: stdout)</source>
        <translation type="vanished">den Plan in DATEI schreiben (Standard: Standardausgabe)</translation>
    </message>
    <message>
        <source>platform CLI named in the commands (default: dotcloud)</source>
        <translation type="vanished">in den Befehlen genanntes Plattform-CLI (Standard: dotcloud)</translation>
    </message>
    <message>
        <source>the scaling actions that let every application survive a zone</source>
        <translation type="vanished">die Skalierungen, mit denen jede Anwendung den Ausfall einer Zone übersteht</translation>
    </message>
    <message>
        <source>Show the smallest set of scaling actions after which every application that scaling can save survives the loss of any one datacenter, each with its command, and the steps that scaling cannot do.</source>
        <translation type="vanished">Zeigt die kleinste Menge an Skalierungen, nach der jede Anwendung, die Skalieren retten kann, den Ausfall eines beliebigen Rechenzentrums übersteht, jeweils mit ihrem Befehl, und die Schritte, die Skalieren nicht leisten kann.</translation>
    </message>
    <message>
        <source>carry the scaling plan out on the platform, then show before → after</source>
        <translation type="vanished">den Skalierungsplan auf der Plattform ausführen, dann vorher → nachher zeigen</translation>
    </message>
    <message>
        <source>Work out the plan, ask once, then scale each service as the platform CLI does (a change of instances, then a deployment), and show how many applications survive any datacenter and the grade, before → after. Without --yes the answer is read from standard input, which must then be a terminal.</source>
        <translation type="vanished">Erstellt den Plan, fragt einmal nach und skaliert dann jeden Dienst so, wie es das Plattform-CLI tut (Änderung der Instanzenzahl, dann ein Deployment), und zeigt, wie viele Anwendungen den Ausfall eines beliebigen Rechenzentrums überstehen, sowie die Note, vorher → nachher. Ohne --yes wird die Antwort von der Standardeingabe gelesen, die dann ein Terminal sein muss.</translation>
    </message>
    <message>
        <source>platform API to change (default: as for audit)</source>
        <translation type="vanished">zu ändernde Plattform-API (Standard: wie bei audit)</translation>
    </message>
    <message>
        <source>apply to the bundled demo platform, started in-process</source>
        <translation type="vanished">auf die mitgelieferte Demo-Plattform anwenden, im selben Prozess gestartet</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation type="vanished">ohne Rückfrage anwenden</translation>
    </message>
    <message>
        <source>not accepted: a snapshot cannot be scaled</source>
        <translation type="vanished">nicht zulässig: eine Momentaufnahme lässt sich nicht skalieren</translation>
    </message>
    <message>
        <source>not accepted: support staff see a customer&apos;s plan but cannot apply it</source>
        <translation type="vanished">nicht zulässig: der Support sieht den Plan eines Kunden, kann ihn aber nicht anwenden</translation>
    </message>
    <message>
        <source>the snapshot file to write (required)</source>
        <translation type="vanished">die zu schreibende Momentaufnahme (erforderlich)</translation>
    </message>
    <message>
        <source>save an account&apos;s whole inventory to a file (offline audits)</source>
        <translation type="vanished">den gesamten Bestand eines Kontos in eine Datei speichern (Offline-Prüfungen)</translation>
    </message>
    <message>
        <source>Save an account&apos;s whole inventory to a snapshot file, for offline audits or for support staff.</source>
        <translation type="vanished">Speichert den gesamten Bestand eines Kontos in eine Momentaufnahme, für Offline-Prüfungen oder für den Support.</translation>
    </message>
    <message>
        <source>the platform&apos;s live status and updates</source>
        <translation type="vanished">der aktuelle Status der Plattform und ihre Meldungen</translation>
    </message>
    <message>
        <source>Read the platform&apos;s status service once and print it. Exit 0 when the status was read, whatever it says; 1 when it could not be read (level &quot;unknown&quot;).</source>
        <translation type="vanished">Liest den Statusdienst der Plattform einmal und gibt ihn aus. Beendet sich mit 0, wenn der Status gelesen wurde, was auch immer er sagt; mit 1, wenn er nicht gelesen werden konnte (Stufe „unknown“).</translation>
    </message>
    <message>
        <source>the native Status API base, or a Statuspage page (its root or its /api/v2/summary.json); default: $SCALING_ADVISOR_STATUS_URL, else the status URL set in the application</source>
        <translation type="vanished">die Basis der nativen Status-API oder eine Statuspage-Seite (ihre Wurzel oder ihre /api/v2/summary.json); Standard: $SCALING_ADVISOR_STATUS_URL, sonst die in der Anwendung eingestellte Status-URL</translation>
    </message>
    <message>
        <source>native, statuspage or auto (default: auto, detected by probing)</source>
        <translation type="vanished">native, statuspage oder auto (Standard: auto, durch Abfragen erkannt)</translation>
    </message>
    <message>
        <source>accept a plain http:// URL to another computer</source>
        <translation type="vanished">eine unverschlüsselte http://-URL zu einem anderen Computer zulassen</translation>
    </message>
    <message>
        <source>keep credentials for a platform API in the system keychain</source>
        <translation type="vanished">Zugangsdaten für eine Plattform-API im Schlüsselbund des Systems aufbewahren</translation>
    </message>
    <message>
        <source>Check credentials against the platform API and keep them in the system keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; otherwise the password of --username is read from standard input (without echo on a terminal).</source>
        <translation type="vanished">Prüft Zugangsdaten an der Plattform-API und bewahrt sie im Schlüsselbund des Systems auf. Ist SCALING_ADVISOR_API_KEY gesetzt, wird dieser API-Schlüssel gespeichert; sonst wird das Passwort von --username von der Standardeingabe gelesen (ohne Echo auf einem Terminal).</translation>
    </message>
    <message>
        <source>platform API to log in to</source>
        <translation type="vanished">Plattform-API, bei der angemeldet wird</translation>
    </message>
    <message>
        <source>log in with this user&apos;s password</source>
        <translation type="vanished">mit dem Passwort dieses Benutzers anmelden</translation>
    </message>
    <message>
        <source>delete the credentials kept for a platform API</source>
        <translation type="vanished">die für eine Plattform-API aufbewahrten Zugangsdaten löschen</translation>
    </message>
    <message>
        <source>Delete the credentials kept in the keychain for a platform API.</source>
        <translation type="vanished">Löscht die im Schlüsselbund aufbewahrten Zugangsdaten für eine Plattform-API.</translation>
    </message>
    <message>
        <source>platform API to log out of</source>
        <translation type="vanished">Plattform-API, bei der abgemeldet wird</translation>
    </message>
    <message>
        <source>choose one source: --api, --snapshot or --demo</source>
        <translation type="vanished">wählen Sie eine Quelle: --api, --snapshot oder --demo</translation>
    </message>
    <message>
        <source>--user reads a customer&apos;s account online; it cannot be combined with --snapshot</source>
        <translation type="vanished">--user liest das Konto eines Kunden online; es lässt sich nicht mit --snapshot kombinieren</translation>
    </message>
    <message>
        <source>Exit codes:
  0  fine
  1  runtime error (network, authentication, bad data, corrupt snapshot, a failed write, an action the platform refused)
  2  usage error
  3  findings at or above --fail-on (audit)
</source>
        <translation type="vanished">Exit-Codes:
  0  alles in Ordnung
  1  Laufzeitfehler (Netzwerk, Anmeldung, fehlerhafte Daten, beschädigte Momentaufnahme, fehlgeschlagenes Schreiben, von der Plattform abgelehnte Aktion)
  2  Aufruffehler
  3  Befunde auf oder über --fail-on (audit)
</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="vanished">in die Standardausgabe kann nicht geschrieben werden: %1</translation>
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
    <name>FindingsDetailPanel</name>
    <message>
        <source>Fi&amp;x:</source>
        <translation type="vanished">Beh&amp;ebung:</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation type="vanished">Befehl zur Behebung</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">K&amp;opieren</translation>
    </message>
    <message>
        <source>Copy the fix command</source>
        <translation type="vanished">Den Befehl zur Behebung kopieren</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation type="vanished">&amp;Skalieren…</translation>
    </message>
    <message>
        <source>Scale this service</source>
        <translation type="vanished">Diesen Dienst skalieren</translation>
    </message>
    <message>
        <source>Why this &amp;matters and how to fix it</source>
        <translation type="vanished">&amp;Warum das wichtig ist und wie man es behebt</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="vanished">Wählen Sie einen Befund, um zu sehen, wie er sich beheben lässt.</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation type="vanished">das ganze Konto</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="vanished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (exempt)</source>
        <translation type="vanished">%1 (ausgenommen)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation type="vanished">Ausgenommen: %1</translation>
    </message>
    <message>
        <source>%1 is a %2 service (%3).</source>
        <translation type="vanished">%1 ist ein %2-Dienst (%3).</translation>
    </message>
    <message>
        <source>it keeps state</source>
        <translation type="vanished">zustandsbehaftet</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation type="vanished">zustandslos</translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation type="vanished">Mehr über %1 lesen</translation>
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
    <name>GuiLauncher</name>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set): cannot open the window. The command line works without one, e.g. &apos;scaling-advisor audit --demo&apos;; see &apos;scaling-advisor --help&apos;.</source>
        <translation type="vanished">keine Anzeige (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt): das Fenster kann nicht geöffnet werden. Die Kommandozeile funktioniert auch ohne, z. B. „scaling-advisor audit --demo“; siehe „scaling-advisor --help“.</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation type="vanished">Momentaufnahme %1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>snapshot %1: not a readable file</source>
        <translation type="vanished">Momentaufnahme %1: Datei nicht lesbar</translation>
    </message>
    <message>
        <source>cannot start the demo platform: %1</source>
        <translation type="vanished">die Demo-Plattform kann nicht gestartet werden: %1</translation>
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
    <message>
        <source>F&amp;indings</source>
        <translation type="vanished">&amp;Befunde</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="vanished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="vanished">&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="vanished">F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="vanished">&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 — Scaling Advisor</source>
        <translation type="vanished">%1 — Scaling Advisor</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="vanished">Noch keine Daten</translation>
    </message>
    <message>
        <source>%1/%2 has no finding: nothing to fix there.</source>
        <translation type="vanished">%1/%2 hat keinen Befund: dort ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>%1 has no finding: nothing to fix there.</source>
        <translation type="vanished">%1 hat keinen Befund: dort ist nichts zu beheben.</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation type="vanished">Kein Befund passt zum Filter.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="vanished">Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is not installed. It is part of the scaling-advisor package, in %1.</source>
        <translation type="vanished">Das Benutzerhandbuch ist nicht installiert. Es gehört zum Paket scaling-advisor, in %1.</translation>
    </message>
    <message>
        <source>No application could open the user guide: %1</source>
        <translation type="vanished">Keine Anwendung konnte das Benutzerhandbuch öffnen: %1</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="vanished">%1	%2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="vanished">Nächstes oder vorheriges Bedienelement</translation>
    </message>
    <message>
        <source>The Findings, Placement and What if tabs</source>
        <translation type="vanished">Die Registerkarten Befunde, Platzierung und Was wäre wenn</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login&apos; once to keep them in the system keychain</source>
        <translation type="vanished">Geheimnisse werden nie auf der Kommandozeile angenommen: setzen Sie SCALING_ADVISOR_API_KEY, oder führen Sie einmal „scaling-advisor login“ aus, um sie im Schlüsselbund des Systems aufzubewahren</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="vanished">unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;: %2</source>
        <translation type="vanished">unbekannte Option „--%1“: %2</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;</source>
        <translation type="vanished">unbekannte Option „--%1“</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation type="vanished">Option „--%1“ zweimal angegeben</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation type="vanished">Option „--%1“ nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation type="vanished">Option „--%1“ braucht einen Wert (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a non-empty value</source>
        <translation type="vanished">Option „--%1“ braucht einen nicht leeren Wert</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>unknown</source>
        <translation type="vanished">unbekannt</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation type="vanished">das ganze Konto</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="vanished">akzeptiert</translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="vanished">schwerwiegend</translation>
    </message>
    <message>
        <source>to improve</source>
        <translation type="vanished">zu verbessern</translation>
    </message>
    <message>
        <source>for information</source>
        <translation type="vanished">zur Information</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="vanished">Akzeptiert: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="vanished">Was zu tun ist:</translation>
    </message>
    <message>
        <source>About this rule: %1</source>
        <translation type="vanished">Über diese Regel: %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>score %1/100</source>
        <translation type="vanished">Punktzahl %1/100</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation type="vanished">Teile Ihrer Anwendungen funktionieren nicht mehr, wenn ein einzelner Server oder ein einzelnes Rechenzentrum ausfällt. Die Liste unten sagt, was zuerst zu ändern ist.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation type="vanished">Ihre Anwendungen überstehen den Ausfall eines einzelnen Servers, aber einige liefen dann mit zu wenigen Instanzen oder verlören einen Teil ihres Datendienstes.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation type="vanished">Ihre Anwendungen sind so verteilt, dass der Ausfall eines Servers oder eines Rechenzentrums sie nicht stoppt.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="vanished">%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="vanished">
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation type="vanished">
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation type="vanished">
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Findings: %1 serious, %2 to improve, %3 for information, %4 accepted.</source>
        <translation type="vanished">Befunde: %1 schwerwiegend, %2 zu verbessern, %3 zur Information, %4 akzeptiert.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="vanished">nicht gelesen</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="vanished">nicht gelesen: %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="vanished">%1 × %2</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation type="vanished">Anwendung %1</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation type="vanished">Variante: %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would stop.</source>
        <translation type="vanished">Fiele das Rechenzentrum %1 aus, würde diese Anwendung stoppen.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would keep running with fewer instances.</source>
        <translation type="vanished">Fiele das Rechenzentrum %1 aus, liefe diese Anwendung mit weniger Instanzen weiter.</translation>
    </message>
    <message>
        <source>The loss of any one data centre, %1 included, leaves this application running.</source>
        <translation type="vanished">Der Ausfall eines beliebigen Rechenzentrums, %1 eingeschlossen, lässt diese Anwendung weiterlaufen.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Dienst</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="vanished">Instanzen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="vanished">Wo</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation type="vanished">Keine Befunde für diese Anwendung.</translation>
    </message>
    <message>
        <source>Scaling Advisor report</source>
        <translation type="vanished">Scaling-Advisor-Bericht</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation type="vanished">Konto %1 · Daten gelesen am %2 von %3 · Bericht erstellt am %4</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="vanished">(ohne Namen)</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation type="vanished">Was zuerst zu tun ist</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation type="vanished">Nichts Dringendes: kein schwerwiegender Befund und nichts zu verbessern.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation type="vanished">Wo Ihre Instanzen laufen</translation>
    </message>
    <message>
        <source>Instances per data centre, coloured by application. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation type="vanished">Instanzen pro Rechenzentrum, nach Anwendung eingefärbt. Gleichmäßig verteilt, lässt der Ausfall eines beliebigen Rechenzentrums die übrigen weiterlaufen.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation type="vanished">Das ganze Konto</translation>
    </message>
    <message>
        <source>Service types the advisor does not know, treated as stateless: %1</source>
        <translation type="vanished">Diensttypen, die das Programm nicht kennt, als zustandslos behandelt: %1</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="vanished">Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of the application.</source>
        <translation type="vanished">Ein PDF-Bericht braucht den grafischen Teil der Anwendung.</translation>
    </message>
    <message>
        <source>Cannot draw the report pages.</source>
        <translation type="vanished">Die Seiten des Berichts können nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation type="vanished">Seite %1 des Berichts kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation type="vanished">Scaling-Advisor-Bericht für %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation type="vanished">Der PDF-Bericht ist leer.</translation>
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
    <name>PlanCommand</name>
    <message>
        <source>Nothing to scale: no scaling action would let another application survive the loss of a datacenter.</source>
        <translation type="vanished">Nichts zu skalieren: keine Skalierung würde eine weitere Anwendung den Ausfall eines Rechenzentrums überstehen lassen.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n scaling action(s); afterwards %1 of %2 applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Plan: %n Skalierung; danach überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %2 Anwendungen.</numerusform>
            <numerusform>Plan: %n Skalierungen; danach überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %2 Anwendungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 instances</source>
        <translation type="vanished">%1 %2: %3 → %4 Instanzen</translation>
    </message>
    <message>
        <source>(saves %1)</source>
        <translation type="vanished">(rettet %1)</translation>
    </message>
    <message>
        <source>What scaling cannot fix:</source>
        <translation type="vanished">Was Skalieren nicht beheben kann:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="vanished">%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation type="vanished">
            <numerusform>%1 geschrieben: %n Skalierung.</numerusform>
            <numerusform>%1 geschrieben: %n Skalierungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation type="vanished">
            <numerusform>%n Dienst des Kontos konnte nicht gelesen werden; der Plan deckt den Rest ab:</numerusform>
            <numerusform>%n Dienste des Kontos konnten nicht gelesen werden; der Plan deckt den Rest ab:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="vanished">%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="vanished">%1 (%2):</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Scaling &amp;actions</source>
        <translation type="vanished">&amp;Skalierungen</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Dienst</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="vanished">Instanzen</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="vanished">Rettet</translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="vanished">Befehl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Manual steps (scaling cannot fix these)</source>
        <translation type="vanished">&amp;Manuelle Schritte (Skalieren kann sie nicht beheben)</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation type="vanished">Anwendung / Dienst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="vanished">Regel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="vanished">Was zu tun ist</translation>
    </message>
    <message>
        <source>A&amp;pply the Plan…</source>
        <translation type="vanished">Plan an&amp;wenden…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="vanished">Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Scaling actions of the plan</source>
        <translation type="vanished">Skalierungen des Plans</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation type="vanished">Manuelle Schritte</translation>
    </message>
    <message>
        <source>Scale the services of the plan, one after the other</source>
        <translation type="vanished">Die Dienste des Plans nacheinander skalieren</translation>
    </message>
    <message>
        <source>This is a support account: the plan is shown so that you can walk the customer through it, and only the customer&apos;s own account can apply it (the platform refuses scaling from support accounts).</source>
        <translation type="vanished">Dies ist ein Support-Konto: der Plan wird angezeigt, damit Sie den Kunden Schritt für Schritt hindurchführen können; anwenden kann ihn nur das Konto des Kunden selbst (die Plattform lehnt Skalierungen von Support-Konten ab).</translation>
    </message>
    <message>
        <source>This data is not from a live account (a snapshot, or no account yet): open the account itself to apply the plan.</source>
        <translation type="vanished">Diese Daten stammen nicht aus einem Live-Konto (eine Momentaufnahme oder noch kein Konto): öffnen Sie das Konto selbst, um den Plan anzuwenden.</translation>
    </message>
    <message>
        <source>No applications: nothing to plan.</source>
        <translation type="vanished">Keine Anwendungen: nichts zu planen.</translation>
    </message>
    <message>
        <source>Scaling cannot improve this: every application that scaling can save already survives the loss of any one datacenter.</source>
        <translation type="vanished">Skalieren kann hier nichts verbessern: jede Anwendung, die Skalieren retten kann, übersteht bereits den Ausfall eines beliebigen Rechenzentrums.</translation>
    </message>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Nach dem Plan überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %n Anwendung.</numerusform>
            <numerusform>Nach dem Plan überstehen den Ausfall eines beliebigen Rechenzentrums: %1 von %n Anwendungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it changes: %1 Each application is deployed again after the change of its instances, which places them afresh; memory and code stay as they are.</source>
        <translation type="vanished">Was sich ändert: %1 Jede Anwendung wird nach der Änderung ihrer Instanzen neu bereitgestellt, wodurch sie neu platziert werden; Speicher und Code bleiben, wie sie sind.</translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation type="vanished">
            <numerusform>Er skaliert %n Dienst in %1.</numerusform>
            <numerusform>Er skaliert %n Dienste in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="vanished">
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="vanished">%1 → %2</translation>
    </message>
    <message>
        <source>Scaling &amp;actions: none needed</source>
        <translation type="vanished">&amp;Skalierungen: keine nötig</translation>
    </message>
    <message numerus="yes">
        <source>Scaling &amp;actions (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Skalierungen (%n)</numerusform>
            <numerusform>&amp;Skalierungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Manual steps: none</source>
        <translation type="vanished">&amp;Manuelle Schritte: keine</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Manuelle Schritte, die Skalieren nicht leisten kann (%n)</numerusform>
            <numerusform>&amp;Manuelle Schritte, die Skalieren nicht leisten kann (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation type="vanished">Den Plan anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation type="vanished">
            <numerusform>%n Dienst von %1 jetzt skalieren?</numerusform>
            <numerusform>%n Dienste von %1 jetzt skalieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>The services are scaled one after the other, each followed by a deployment of its application, as the platform&apos;s command line does. Cancel stops before the next one; what is done stays done.</source>
        <translation type="vanished">Die Dienste werden nacheinander skaliert, jeweils gefolgt von einem Deployment ihrer Anwendung, wie es die Kommandozeile der Plattform tut. Abbrechen hält vor dem nächsten an; was erledigt ist, bleibt erledigt.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="vanished">&amp;Anwenden</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="vanished">Wird gestartet…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="vanished">wartet</translation>
    </message>
    <message>
        <source>Cancelling: the action in progress finishes, no other starts.</source>
        <translation type="vanished">Abbruch: die laufende Aktion wird beendet, keine weitere beginnt.</translation>
    </message>
    <message>
        <source>scaling…</source>
        <translation type="vanished">wird skaliert…</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation type="vanished">
            <numerusform>%1 wird auf %n Instanz skaliert (%2 von %3)…</numerusform>
            <numerusform>%1 wird auf %n Instanzen skaliert (%2 von %3)…</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="vanished">erledigt</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="vanished">abgelehnt: %1</translation>
    </message>
    <message>
        <source>Applications that survive the loss of any one datacenter: %1 → %2 of %3. Grade: %4 → %5.</source>
        <translation type="vanished">Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 → %2 von %3. Note: %4 → %5.</translation>
    </message>
    <message>
        <source>The account could not be read again (%1): refresh it to see before → after.</source>
        <translation type="vanished">Das Konto konnte nicht erneut gelesen werden (%1): aktualisieren Sie es, um vorher → nachher zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%n Aktion angewendet.</numerusform>
            <numerusform>%n Aktionen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2 → %3 instances): %4</source>
        <translation type="vanished">Abgelehnt: %1 (%2 → %3 Instanzen): %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation type="vanished">
            <numerusform>Abgebrochen: %n Aktion nicht begonnen (%1).</numerusform>
            <numerusform>Abgebrochen: %n Aktionen nicht begonnen (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformAuthenticator</name>
    <message>
        <source>the answer has no &quot;token&quot; (the token endpoint), so signing in with a password is not possible</source>
        <translation type="vanished">die Antwort hat kein „token“ (den Token-Endpunkt), daher ist eine Anmeldung mit Passwort nicht möglich</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="vanished">die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The saved sign-in has expired. Please sign in again.</source>
        <translation type="vanished">Die gespeicherte Anmeldung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The platform did not accept the username or password. Please check them and sign in again.</source>
        <translation type="vanished">Die Plattform hat Benutzername oder Passwort nicht akzeptiert. Bitte prüfen Sie sie und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>the token answer has no &quot;access_token&quot;</source>
        <translation type="vanished">die Token-Antwort hat kein „access_token“</translation>
    </message>
    <message>
        <source>the token answer is not a JSON object</source>
        <translation type="vanished">die Token-Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not &quot;bearer&quot;</source>
        <translation type="vanished">das Token hat den Typ „%1“, nicht „bearer“</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The platform API URL &quot;%1&quot; is not a valid URL.</source>
        <translation type="vanished">Die API-URL der Plattform „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The platform API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation type="vanished">Die API-URL der Plattform muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation type="vanished">Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet: verwenden Sie https://, oder geben Sie --allow-insecure-http an, wenn Sie hinnehmen, dass jeder im Netzwerk sie mitlesen kann.</translation>
    </message>
    <message>
        <source>Another request to the platform is in progress.</source>
        <translation type="vanished">Eine andere Anfrage an die Plattform läuft bereits.</translation>
    </message>
    <message>
        <source>No credentials: sign in with an API key or a username and password.</source>
        <translation type="vanished">Keine Zugangsdaten: melden Sie sich mit einem API-Schlüssel oder mit Benutzername und Passwort an.</translation>
    </message>
    <message>
        <source>The platform changed %1 to %2 instance(s), but did not deploy %3: %4</source>
        <translation type="vanished">Die Plattform hat %1 auf %2 Instanz(en) gesetzt, aber %3 nicht bereitgestellt: %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation type="vanished">
            <numerusform>Die Plattform hat angenommen: %1 hat jetzt %n Instanz.</numerusform>
            <numerusform>Die Plattform hat angenommen: %1 hat jetzt %n Instanzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message>
        <source>(after 1 retry)</source>
        <translation type="vanished">(nach 1 Wiederholung)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(nach %n Wiederholung)</numerusform>
            <numerusform>(nach %n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable answer from the platform to %1: %2</source>
        <translation type="vanished">Unlesbare Antwort der Plattform auf %1: %2</translation>
    </message>
    <message>
        <source>The platform API is in maintenance mode. Please try again later.</source>
        <translation type="vanished">Die Plattform-API ist im Wartungsmodus. Bitte versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials (401)%1. Please sign in again.</source>
        <translation type="vanished">Die Plattform hat die Zugangsdaten nicht akzeptiert (401)%1. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Access denied by the platform for %1 (403)%2.</source>
        <translation type="vanished">Zugriff auf %1 von der Plattform verweigert (403)%2.</translation>
    </message>
    <message>
        <source>Not found on the platform: %1 (404)%2.</source>
        <translation type="vanished">Auf der Plattform nicht gefunden: %1 (404)%2.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429): try again in %1 s.</source>
        <translation type="vanished">Die Plattform begrenzt die Anfragen (429): versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429)%1.</source>
        <translation type="vanished">Die Plattform begrenzt die Anfragen (429)%1.</translation>
    </message>
    <message>
        <source>The platform refused %1 (%2)%3.</source>
        <translation type="vanished">Die Plattform hat %1 abgelehnt (%2)%3.</translation>
    </message>
    <message>
        <source>The platform failed to answer %1 (HTTP %2)%3.</source>
        <translation type="vanished">Die Plattform konnte %1 nicht beantworten (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform to %1 (HTTP %2)%3.</source>
        <translation type="vanished">Unerwartete Antwort der Plattform auf %1 (HTTP %2)%3.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation type="vanished">
            <numerusform>%n weitere Anwendung</numerusform>
            <numerusform>%n weitere Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="vanished">Instanzen</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="vanished">Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="vanished">Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="vanished">„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (got &quot;%1&quot;).</source>
        <translation type="vanished">Die URL muss mit https:// beginnen (erhalten: „%1“).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation type="vanished">Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet: verwenden Sie https://, oder geben Sie --allow-insecure-http an, wenn Sie hinnehmen, dass jeder im Netzwerk sie mitlesen kann.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3).</source>
        <translation type="vanished">%1 hat nicht innerhalb von %2 geantwortet (%3).</translation>
    </message>
    <message>
        <source>(unknown proxy)</source>
        <translation type="vanished">(unbekannter Proxy)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(nach %n Wiederholung)</numerusform>
            <numerusform>(nach %n Wiederholungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (%3).</source>
        <translation type="vanished">Keine Verbindung zu %1 innerhalb von %2 (%3).</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than the %3 limit.</source>
        <translation type="vanished">Die Antwort von %1 auf %2 ist größer als die Grenze von %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1 (%2): %3</source>
        <translation type="vanished">Keine sichere Verbindung zu %1 möglich (%2): %3</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1: it refused the connection (is it running?). %2 was not reached.</source>
        <translation type="vanished">Keine Verbindung zum Proxy %1: er hat die Verbindung abgelehnt (läuft er?). %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 was not found (unknown host). %2 was not reached.</source>
        <translation type="vanished">Der Proxy %1 wurde nicht gefunden (unbekannter Host). %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time. %2 was not reached.</source>
        <translation type="vanished">Der Proxy %1 hat nicht rechtzeitig geantwortet. %2 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a username and password (407): give them in the proxy settings, or in the proxy URL (http://user:password@host:port).</source>
        <translation type="vanished">Der Proxy %1 verlangt Benutzername und Passwort (407): geben Sie sie in den Proxy-Einstellungen oder in der Proxy-URL an (http://benutzer:passwort@host:port).</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the request to %2 through (%3): %4</source>
        <translation type="vanished">Der Proxy %1 hat die Anfrage an %2 nicht durchgelassen (%3): %4</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 was cut short: %3 of %4 bytes arrived.</source>
        <translation type="vanished">Die Antwort von %1 auf %2 brach ab: %3 von %4 Bytes kamen an.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1 (%2). %3 was not reached.</source>
        <translation type="vanished">Keine Verbindung zum Proxy %1 (%2). %3 wurde nicht erreicht.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2): %3</source>
        <translation type="vanished">%1 ist nicht erreichbar (%2): %3</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3) without a valid Location.</source>
        <translation type="vanished">%1 hat %2 ohne gültigen Location-Header umgeleitet (HTTP %3).</translation>
    </message>
    <message>
        <source>Too many redirects for %1.</source>
        <translation type="vanished">Zu viele Umleitungen für %1.</translation>
    </message>
    <message>
        <source>%1 redirected %2 to another site (%3); not followed.</source>
        <translation type="vanished">%1 hat %2 auf eine andere Website umgeleitet (%3); nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3); not followed.</source>
        <translation type="vanished">%1 hat %2 umgeleitet (HTTP %3); nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="vanished">%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="vanished">%1 s</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="vanished">%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="vanished">%1 KiB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(after 1 retry)</source>
        <translation type="vanished">(nach 1 Wiederholung)</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="vanished">
            <numerusform>%Ln weitere</numerusform>
            <numerusform>%Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no application.</source>
        <translation type="vanished">Das Konto hat keine Anwendung.</translation>
    </message>
    <message>
        <source>The application survives the loss of any one datacenter.</source>
        <translation type="vanished">Die Anwendung übersteht den Ausfall eines beliebigen Rechenzentrums.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Die %Ln Anwendung übersteht den Ausfall eines beliebigen Rechenzentrums.</numerusform>
            <numerusform>Alle %Ln Anwendungen überstehen den Ausfall eines beliebigen Rechenzentrums.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation type="vanished">
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln; ausfallen würden: %2.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Rechenzentrums überstehen: %1 von %Ln; ausfallen würden: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications are not serving right now: %1.</source>
        <translation type="vanished">
            <numerusform>%Ln Anwendung antwortet gerade nicht: %1.</numerusform>
            <numerusform>%Ln Anwendungen antworten gerade nicht: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The placement of %Ln applications could not be read, so their survival is not known: %1.</source>
        <translation type="vanished">
            <numerusform>Die Platzierung von %Ln Anwendung konnte nicht gelesen werden, daher ist nicht bekannt, ob sie den Ausfall übersteht: %1.</numerusform>
            <numerusform>Die Platzierung von %Ln Anwendungen konnte nicht gelesen werden, daher ist nicht bekannt, ob sie den Ausfall überstehen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>Die %Ln Anwendung übersteht den Ausfall eines beliebigen Hosts.</numerusform>
            <numerusform>Alle %Ln Anwendungen überstehen den Ausfall eines beliebigen Hosts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 von %Ln.</numerusform>
            <numerusform>Anwendungen, die den Ausfall eines beliebigen Hosts überstehen: %1 von %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln offener Gefahr-Befund begrenzt die Note auf D; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
            <numerusform>%Ln offene Gefahr-Befunde begrenzen die Note auf D; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln offene Warnung begrenzt die Note auf B; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
            <numerusform>%Ln offene Warnungen begrenzen die Note auf B; die Punktzahl, %1/100, ordnet Konten innerhalb einer Note.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open danger and no open warning: the grade follows the score, %1/100.</source>
        <translation type="vanished">Keine offene Gefahr und keine offene Warnung: die Note folgt der Punktzahl, %1/100.</translation>
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
    <message>
        <source>Scaling and redeploying…</source>
        <translation type="vanished">Skalierung und erneutes Deployment…</translation>
    </message>
</context>
<context>
    <name>ScalingPlanner</name>
    <message>
        <source>%1 has no instance. If it should run, scale it (%2) once you know why it has none.</source>
        <translation type="vanished">%1 hat keine Instanz. Soll der Dienst laufen, skalieren Sie ihn (%2), sobald Sie wissen, warum er keine hat.</translation>
    </message>
    <message>
        <source>The platform offers a single datacenter: no instance count of %1 survives its loss. Keep backups of your data and a plan to redeploy elsewhere.</source>
        <translation type="vanished">Die Plattform bietet nur ein Rechenzentrum: keine Instanzenzahl von %1 übersteht dessen Ausfall. Bewahren Sie Sicherungen Ihrer Daten und einen Plan für ein erneutes Deployment anderswo auf.</translation>
    </message>
    <message numerus="yes">
        <source>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</source>
        <translation type="vanished">
            <numerusform>Keine Instanzenzahl von %1 übersteht den Ausfall eines Rechenzentrums bei dem %Ln Rechenzentrum, das die Plattform bietet: ein Replica Set arbeitet nur mit der Mehrheit seiner Mitglieder weiter, und ein ausgefallenes Rechenzentrum nimmt die Mehrheit mit. Bewahren Sie Sicherungen Ihrer Daten auf und fragen Sie den Support der Plattform nach weiteren Zonen.</numerusform>
            <numerusform>Keine Instanzenzahl von %1 übersteht den Ausfall eines Rechenzentrums bei den %Ln Rechenzentren, die die Plattform bietet: ein Replica Set arbeitet nur mit der Mehrheit seiner Mitglieder weiter, und ein ausgefallenes Rechenzentrum nimmt die Mehrheit mit. Bewahren Sie Sicherungen Ihrer Daten auf und fragen Sie den Support der Plattform nach weiteren Zonen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance count of %1 cannot change, so no scaling command moves it. Ask the platform&apos;s support to move one instance of %1 to another datacenter, or redeploy the application so that the platform places its instances afresh.</source>
        <translation type="vanished">Die Instanzenzahl von %1 kann sich nicht ändern, daher verschiebt ihn kein Skalierungsbefehl. Bitten Sie den Support der Plattform, eine Instanz von %1 in ein anderes Rechenzentrum zu verschieben, oder stellen Sie die Anwendung neu bereit, damit die Plattform ihre Instanzen neu platziert.</translation>
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
        <translation type="vanished">kein %1 namens „%2“ in %3</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation type="vanished">bekannt: %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="vanished">der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation type="vanished">
            <numerusform>%1 geschrieben: %n Anwendung, %2 Dienste, %3 Instanzen von %4.</numerusform>
            <numerusform>%1 geschrieben: %n Anwendungen, %2 Dienste, %3 Instanzen von %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation type="vanished">
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
    <name>StatusReportWriter</name>
    <message>
        <source>Platform status: %1 since %2</source>
        <translation type="vanished">Plattformstatus: %1 seit %2</translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation type="vanished">Plattformstatus: %1</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation type="vanished">Der Status konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation type="vanished">Zuletzt bekannt: %1, gelesen %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <translation type="vanished">Die Seite meldet: „%1“</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation type="vanished">Quelle: %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 (%2), updated %3</source>
        <translation type="vanished">Quelle: %1 (%2), aktualisiert %3</translation>
    </message>
    <message>
        <source>The one component is operational.</source>
        <translation type="vanished">Die einzige Komponente ist betriebsbereit.</translation>
    </message>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation type="vanished">
            <numerusform>%n Komponente ist betriebsbereit.</numerusform>
            <numerusform>Alle %n Komponenten sind betriebsbereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components not operational (%1 of %2):</source>
        <translation type="vanished">Nicht betriebsbereite Komponenten (%1 von %2):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1: %2</translation>
    </message>
    <message>
        <source>Open incidents: none</source>
        <translation type="vanished">Offene Vorfälle: keine</translation>
    </message>
    <message>
        <source>Open incidents (%1):</source>
        <translation type="vanished">Offene Vorfälle (%1):</translation>
    </message>
    <message>
        <source>[%1] %2 — %3, updated %4</source>
        <translation type="vanished">[%1] %2 — %3, aktualisiert %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1 — %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation type="vanished">Betrifft: %1</translation>
    </message>
    <message>
        <source>Maintenance in progress:</source>
        <translation type="vanished">Laufende Wartung:</translation>
    </message>
    <message>
        <source>Upcoming maintenance:</source>
        <translation type="vanished">Geplante Wartung:</translation>
    </message>
    <message>
        <source>Completed maintenance:</source>
        <translation type="vanished">Abgeschlossene Wartung:</translation>
    </message>
    <message>
        <source>Recent updates:</source>
        <translation type="vanished">Letzte Meldungen:</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="vanished">%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation type="vanished">
            <numerusform>… und %n ältere Meldung</numerusform>
            <numerusform>… und %n ältere Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="vanished">%1 bis %2</translation>
    </message>
</context>
<context>
    <name>StatusSnapshot</name>
    <message>
        <source>%1 › %2</source>
        <translation type="vanished">%1 › %2</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Status unknown</source>
        <translation type="vanished">Status unbekannt</translation>
    </message>
    <message>
        <source>Platform outage (critical)</source>
        <translation type="vanished">Plattformausfall (kritisch)</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation type="vanished">Plattformausfall</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation type="vanished">Alle Systeme betriebsbereit</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation type="vanished">Wartung läuft</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation type="vanished">Eingeschränkter Betrieb</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="vanished">gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="vanished">
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="vanished">
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="vanished">
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="vanished">
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="vanished">
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="vanished">betriebsbereit</translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation type="vanished">eingeschränkte Leistung</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation type="vanished">teilweiser Ausfall</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation type="vanished">schwerer Ausfall</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation type="vanished">in Wartung</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="vanished">geplant</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="vanished">läuft</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="vanished">wird überprüft</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="vanished">abgeschlossen</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation type="vanished">wird untersucht</translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="vanished">Ursache erkannt</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation type="vanished">wird beobachtet</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="vanished">behoben</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation type="vanished">Nachbetrachtung</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Scaling Advisor User Guide</source>
        <translation type="vanished">Scaling Advisor – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="vanished">Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="vanished">Das Benutzerhandbuch fehlt in diesem Build.</translation>
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
        <translation>Kritischstes Rechenzentrum</translation>
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
    <message>
        <source>No service loses an instance when %1 fails.</source>
        <translation type="vanished">Kein Dienst verliert eine Instanz, wenn %1 ausfällt.</translation>
    </message>
    <message>
        <source>Choose a datacenter, host, region or provider above and press Simulate: the services that would lose instances are charted here.</source>
        <translation type="vanished">Wählen Sie oben ein Rechenzentrum, einen Host, eine Region oder einen Anbieter und klicken Sie auf Simulieren: die Dienste, die Instanzen verlieren würden, werden hier dargestellt.</translation>
    </message>
</context>
</TS>
