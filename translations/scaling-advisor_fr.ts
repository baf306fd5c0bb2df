<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Saved &amp;accounts:</source>
        <translation>&amp;Comptes enregistrés :</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Comptes enregistrés</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Deletes the stored secret and forgets this account</source>
        <translation>Supprime le secret enregistré et oublie ce compte</translation>
    </message>
    <message>
        <source>Log out and remove the account</source>
        <translation>Se déconnecter et retirer le compte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>API &amp;URL:</source>
        <translation>&amp;URL de l’API :</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>URL de l’API</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec :</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;Clé d’API</translation>
    </message>
    <message>
        <source>Username and &amp;password</source>
        <translation>Nom d’utilisateur et mot de &amp;passe</translation>
    </message>
    <message>
        <source>User&amp;name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>API key or password</source>
        <translation>Clé d’API ou mot de passe</translation>
    </message>
    <message>
        <source>Suppor&amp;t account (reads a customer&apos;s applications)</source>
        <translation>Compte de suppor&amp;t (lit les applications d’un client)</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>Clie&amp;nt :</translation>
    </message>
    <message>
        <source>Customer username</source>
        <translation>Nom d’utilisateur du client</translation>
    </message>
    <message>
        <source>Use for this session &amp;only</source>
        <translation>Utiliser pour cette session &amp;seulement</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour garder le secret enregistré</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <source>User&amp;name (optional):</source>
        <translation>Nom d’&amp;utilisateur (facultatif) :</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>New account %1</source>
        <translation>Nouveau compte %1</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted.</source>
        <translation>Déconnecté de %1 : son secret a été supprimé.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Another account is already called %1.</source>
        <translation>Un autre compte s’appelle déjà %1.</translation>
    </message>
    <message>
        <source>The API URL is not valid.</source>
        <translation>L’URL de l’API n’est pas valide.</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter the customer whose applications this support account reads.</source>
        <translation>Saisissez le client dont ce compte de support lit les applications.</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>Saisissez la clé d’API.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Saving the secret in the system keychain…</source>
        <translation>Enregistrement du secret dans le trousseau du système…</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret cannot be saved. You can use it for this session only: it is kept in memory and forgotten when the application quits.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : le secret ne peut pas être enregistré. Vous pouvez l’utiliser pour cette session seulement : il reste en mémoire et est oublié à la fermeture de l’application.</translation>
    </message>
    <message>
        <source>The keychain refused to store the secret: %1</source>
        <translation>Le trousseau a refusé d’enregistrer le secret : %1</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
    <message>
        <source>No account yet. Add one to read your applications, or open a snapshot file.</source>
        <translation type="vanished">Aucun compte pour l’instant. Ajoutez-en un pour lire vos applications, ou ouvrez un fichier d’instantané.</translation>
    </message>
    <message>
        <source>No secret is stored for %1: enter it to sign in.</source>
        <translation type="vanished">Aucun secret n’est enregistré pour %1 : saisissez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of %1 cannot be stored. Enter it to use it for this session only.</source>
        <translation type="vanished">Aucun trousseau n’est disponible sur ce système : le secret de %1 ne peut pas être enregistré. Saisissez-le pour l’utiliser pendant cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret of %1: %2</source>
        <translation type="vanished">Le trousseau n’a pas fourni le secret de %1 : %2</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation type="vanished">Déconnecté de %1 : son secret a été supprimé. Les données affichées restent jusqu’à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation type="vanished">Connexion à %1 impossible : %2 Vérifiez le secret du compte.</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation type="vanished">Le fichier des exemptions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation type="vanished">Une exemption doit avoir une raison.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 There is no data to show yet. Next try at %2.</source>
        <translation type="vanished">Actualisation impossible : %1 Aucune donnée à afficher pour l’instant. Prochain essai à %2.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The data shown was %2. Next try at %3.</source>
        <translation type="vanished">Actualisation impossible : %1 Données affichées : %2. Prochain essai à %3.</translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 %2 → %3 instances</source>
        <translation type="vanished">%1 %2 → %3 instances</translation>
    </message>
    <message>
        <source>y</source>
        <translation type="vanished">o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">oui</translation>
    </message>
    <message>
        <source>apply changes the account and asks first, but standard input is not a terminal: pass --yes to apply the plan without asking</source>
        <translation type="vanished">apply modifie le compte et demande d’abord confirmation, mais l’entrée standard n’est pas un terminal : ajoutez --yes pour appliquer le plan sans confirmation</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor apply --help&apos;.</source>
        <translation type="vanished">Essayez « scaling-advisor apply --help ».</translation>
    </message>
    <message>
        <source>the API key of %1 belongs to a support account: support staff can see a customer&apos;s plan (&apos;scaling-advisor plan --user NAME&apos;) but cannot apply it; the customer applies it with their own key</source>
        <translation type="vanished">la clé d’API de %1 appartient à un compte de support : le support peut voir le plan d’un client (« scaling-advisor plan --user NOM ») mais pas l’appliquer ; le client l’applique avec sa propre clé</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation type="vanished">
            <numerusform>%n service du compte n’a pas pu être lu, et un plan établi sur une partie du compte pourrait mettre à l’échelle les mauvais services : rien n’a été modifié</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus, et un plan établi sur une partie du compte pourrait mettre à l’échelle les mauvais services : rien n’a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="vanished">%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation type="vanished">
            <numerusform>Appliquer %n action au compte de %1 sur %2 ? [o/N] </numerusform>
            <numerusform>Appliquer %n actions au compte de %1 sur %2 ? [o/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="vanished">Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>[%1/%2] %3 …</source>
        <translation type="vanished">[%1/%2] %3 …</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation type="vanished">Appliqué : %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation type="vanished">Refusé : %1 : %2</translation>
    </message>
    <message>
        <source>Stopping after the action in flight; the actions done stay done.</source>
        <translation type="vanished">Arrêt après l’action en cours ; les actions déjà faites restent acquises.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%1 action sur %2 appliquée.</numerusform>
            <numerusform>%1 actions sur %2 appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation type="vanished">Non appliqué : %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled; not started: %1</source>
        <translation type="vanished">Annulé ; non commencées : %1</translation>
    </message>
    <message>
        <source>Before → after:</source>
        <translation type="vanished">Avant → après :</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one datacenter: %1 → %2 of %3</source>
        <translation type="vanished">applications qui survivent à la perte de n’importe quel centre de données : %1 → %2 sur %3</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one host: %1 → %2 of %3</source>
        <translation type="vanished">applications qui survivent à la perte de n’importe quel hôte : %1 → %2 sur %3</translation>
    </message>
    <message>
        <source>grade: %1 → %2 (score %3 → %4)</source>
        <translation type="vanished">note : %1 → %2 (score %3 → %4)</translation>
    </message>
    <message>
        <source>the account could not be read again after the plan, so before → after is not known: %1</source>
        <translation type="vanished">le compte n’a pas pu être relu après le plan, l’avant → après n’est donc pas connu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation type="vanished">
            <numerusform>%n action du plan n’a pas été appliquée ; les autres l’ont été.</numerusform>
            <numerusform>%n actions du plan n’ont pas été appliquées ; les autres l’ont été.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>exemptions file %1: no such file</source>
        <translation type="vanished">fichier d’exemptions %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>exemptions file %1 is not valid: %2</source>
        <translation type="vanished">le fichier d’exemptions %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7).</source>
        <translation type="vanished">%1 écrit : danger %2, avertissement %3, info %4, exemptés %5 ; score %6 (%7).</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation type="vanished">
            <numerusform>%n service du compte n’a pas pu être lu ; l’audit couvre le reste :</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus ; l’audit couvre le reste :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1 : %2</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation type="vanished">%1.%2 : %3</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--api needs an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation type="vanished">--api attend une URL http:// ou https://, reçu « %1 »</translation>
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
        <translation type="vanished">Usage : scaling-advisor [--demo | FICHIER.json]
        scaling-advisor COMMANDE [OPTIONS]

Trouve les applications et les services d’un compte de la plateforme qui ne
survivraient pas à la perte d’un hôte ou d’une zone de disponibilité.

Sans commande, ouvre l’application de bureau ; --demo l’ouvre sur la
plateforme de démonstration intégrée, lancée dans le processus ; FICHIER.json
ouvre cet instantané.

Commandes :
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
        <translation type="vanished">Options :
  --demo                    ouvre l’application de bureau sur la plateforme de démonstration
  --help                    affiche cette aide (« scaling-advisor COMMANDE --help » pour une commande)
  --version                 affiche la version

La clé d’API vient de la variable d’environnement SCALING_ADVISOR_API_KEY ou du
trousseau du système (voir « login ») ; aucune option ne prend de secret.

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="vanished">Usage :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="vanished">Options :</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="vanished">Exemples :</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;: %2</source>
        <translation type="vanished">option « %1 » inconnue : %2</translation>
    </message>
    <message>
        <source>open either the demo platform or a snapshot file, not both</source>
        <translation type="vanished">ouvrez soit la plateforme de démonstration, soit un fichier d’instantané, pas les deux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command: write it without dashes</source>
        <translation type="vanished">« %1 » est une commande : écrivez-la sans tirets</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="vanished">option « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="vanished">commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>the window opens one snapshot file; unexpected argument &apos;%1&apos;</source>
        <translation type="vanished">la fenêtre ouvre un seul fichier d’instantané ; argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown --language &apos;%1&apos;: use fr, de or en</source>
        <translation type="vanished">--language « %1 » inconnu : utilisez fr, de ou en</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text, json, csv, markdown or html</source>
        <translation type="vanished">--format « %1 » inconnu : utilisez text, json, csv, markdown ou html</translation>
    </message>
    <message>
        <source>unknown --fail-on &apos;%1&apos;: use danger, warning, info or never</source>
        <translation type="vanished">--fail-on « %1 » inconnu : utilisez danger, warning, info ou never</translation>
    </message>
    <message>
        <source>say what fails with exactly one of --fail-datacenter, --fail-host, --fail-region or --fail-provider</source>
        <translation type="vanished">indiquez ce qui tombe en panne avec une seule option parmi --fail-datacenter, --fail-host, --fail-region et --fail-provider</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json</source>
        <translation type="vanished">--format « %1 » inconnu : utilisez text ou json</translation>
    </message>
    <message>
        <source>apply scales services on the platform, and a snapshot is a copy on disk that cannot be scaled: use --api URL (or &apos;plan --snapshot FILE&apos; to see the plan)</source>
        <translation type="vanished">apply met à l’échelle des services sur la plateforme, et un instantané est une copie sur disque qui ne peut pas être mise à l’échelle : utilisez --api URL (ou « plan --snapshot FICHIER » pour voir le plan)</translation>
    </message>
    <message>
        <source>support staff can see a customer&apos;s plan (&apos;plan --user NAME&apos;) but cannot apply it: the customer applies it with their own key</source>
        <translation type="vanished">le support peut voir le plan d’un client (« plan --user NOM ») mais pas l’appliquer : le client l’applique avec sa propre clé</translation>
    </message>
    <message>
        <source>choose one platform: --api or --demo</source>
        <translation type="vanished">choisissez une seule plateforme : --api ou --demo</translation>
    </message>
    <message>
        <source>say where to write the snapshot with --output FILE</source>
        <translation type="vanished">indiquez où écrire l’instantané avec --output FICHIER</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text or json</source>
        <translation type="vanished">format « %1 » inconnu : utilisez text ou json</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor --help&apos;.</source>
        <translation type="vanished">Essayez « scaling-advisor --help ».</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor %1 --help&apos;.</source>
        <translation type="vanished">Essayez « scaling-advisor %1 --help ».</translation>
    </message>
    <message>
        <source>platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last login, else https://rest.dotcloud.com)</source>
        <translation type="vanished">API de la plateforme à lire (par défaut : $SCALING_ADVISOR_API_URL, sinon l’URL de la dernière connexion, sinon https://rest.dotcloud.com)</translation>
    </message>
    <message>
        <source>read a snapshot file instead of the API (offline)</source>
        <translation type="vanished">lire un fichier d’instantané au lieu de l’API (hors ligne)</translation>
    </message>
    <message>
        <source>read the bundled demo platform, started in-process</source>
        <translation type="vanished">lire la plateforme de démonstration intégrée, lancée dans le processus</translation>
    </message>
    <message>
        <source>support staff: read the account of customer NAME</source>
        <translation type="vanished">support : lire le compte du client NOM</translation>
    </message>
    <message>
        <source>allow plain http:// to a host that is not loopback</source>
        <translation type="vanished">autoriser le http:// non chiffré vers un hôte autre que la boucle locale</translation>
    </message>
    <message>
        <source>write messages and reports in fr, de or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation type="vanished">écrire messages et rapports en fr, de ou en (par défaut : d’après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="vanished">afficher cette aide</translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown or html</source>
        <translation type="vanished">text (par défaut), json, csv, markdown ou html</translation>
    </message>
    <message>
        <source>write the report to FILE (default: stdout)</source>
        <translation type="vanished">écrire le rapport dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>exit 3 when a finding is at or above LEVEL: danger (default), warning, info or never; exempt findings do not count</source>
        <translation type="vanished">sortir avec le code 3 si un constat atteint NIVEAU : danger (par défaut), warning, info ou never ; les constats exemptés ne comptent pas</translation>
    </message>
    <message>
        <source>JSON exemptions file: [{rule, application, service?, reason, expires?}]</source>
        <translation type="vanished">fichier JSON d’exemptions : [{rule, application, service?, reason, expires?}]</translation>
    </message>
    <message>
        <source>platform CLI named in fix commands (default: dotcloud)</source>
        <translation type="vanished">outil en ligne de commande de la plateforme cité dans les correctifs (par défaut : dotcloud)</translation>
    </message>
    <message>
        <source>check an account against the scaling rules and write a report</source>
        <translation type="vanished">vérifier un compte selon les règles de mise à l’échelle et écrire un rapport</translation>
    </message>
    <message>
        <source>Check every application and service of an account against the scaling rules and write a report.</source>
        <translation type="vanished">Vérifie chaque application et chaque service d’un compte selon les règles de mise à l’échelle et écrit un rapport.</translation>
    </message>
    <message>
        <source>fail one datacenter (e.g. Amazon-us-east-1a)</source>
        <translation type="vanished">mettre en panne un centre de données (p. ex. Amazon-us-east-1a)</translation>
    </message>
    <message>
        <source>fail one host</source>
        <translation type="vanished">mettre en panne un hôte</translation>
    </message>
    <message>
        <source>fail a whole region (e.g. us-east-1)</source>
        <translation type="vanished">mettre en panne une région entière (p. ex. us-east-1)</translation>
    </message>
    <message>
        <source>fail a whole provider (e.g. Amazon)</source>
        <translation type="vanished">mettre en panne un fournisseur entier (p. ex. Amazon)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation type="vanished">text (par défaut) ou json</translation>
    </message>
    <message>
        <source>write the result to FILE (default: stdout)</source>
        <translation type="vanished">écrire le résultat dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>what if a datacenter, host, region or provider fails?</source>
        <translation type="vanished">et si un centre de données, un hôte, une région ou un fournisseur tombait en panne ?</translation>
    </message>
    <message>
        <source>Show which services keep running when a datacenter, host, region or provider fails, and the worst single datacenter of each application.</source>
        <translation type="vanished">Montre quels services continuent de fonctionner si un centre de données, un hôte, une région ou un fournisseur tombe en panne, et le centre de données le plus critique de chaque application.</translation>
    </message>
    <message>
        <source>write the plan to FILE (default: stdout)</source>
        <translation type="vanished">écrire le plan dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>platform CLI named in the commands (default: dotcloud)</source>
        <translation type="vanished">outil en ligne de commande de la plateforme cité dans les commandes (par défaut : dotcloud)</translation>
    </message>
    <message>
        <source>the scaling actions that let every application survive a zone</source>
        <translation type="vanished">les mises à l’échelle qui permettent à chaque application de survivre à la perte d’une zone</translation>
    </message>
    <message>
        <source>Show the smallest set of scaling actions after which every application that scaling can save survives the loss of any one datacenter, each with its command, and the steps that scaling cannot do.</source>
        <translation type="vanished">Montre le plus petit ensemble de mises à l’échelle après lequel chaque application que la mise à l’échelle peut sauver survit à la perte de n’importe quel centre de données, chacune avec sa commande, ainsi que les étapes que la mise à l’échelle ne peut pas faire.</translation>
    </message>
    <message>
        <source>carry the scaling plan out on the platform, then show before → after</source>
        <translation type="vanished">appliquer le plan de mise à l’échelle sur la plateforme, puis montrer l’avant → après</translation>
    </message>
    <message>
        <source>Work out the plan, ask once, then scale each service as the platform CLI does (a change of instances, then a deployment), and show how many applications survive any datacenter and the grade, before → after. Without --yes the answer is read from standard input, which must then be a terminal.</source>
        <translation type="vanished">Établit le plan, demande une fois confirmation, puis met chaque service à l’échelle comme le fait l’outil en ligne de commande de la plateforme (un changement du nombre d’instances, puis un déploiement), et montre combien d’applications survivent à la perte de n’importe quel centre de données ainsi que la note, avant → après. Sans --yes, la réponse est lue sur l’entrée standard, qui doit alors être un terminal.</translation>
    </message>
    <message>
        <source>platform API to change (default: as for audit)</source>
        <translation type="vanished">API de la plateforme à modifier (par défaut : comme pour audit)</translation>
    </message>
    <message>
        <source>apply to the bundled demo platform, started in-process</source>
        <translation type="vanished">appliquer à la plateforme de démonstration intégrée, lancée dans le processus</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation type="vanished">appliquer sans demander</translation>
    </message>
    <message>
        <source>not accepted: a snapshot cannot be scaled</source>
        <translation type="vanished">refusé : un instantané ne peut pas être mis à l’échelle</translation>
    </message>
    <message>
        <source>not accepted: support staff see a customer&apos;s plan but cannot apply it</source>
        <translation type="vanished">refusé : le support voit le plan d’un client mais ne peut pas l’appliquer</translation>
    </message>
    <message>
        <source>the snapshot file to write (required)</source>
        <translation type="vanished">le fichier d’instantané à écrire (obligatoire)</translation>
    </message>
    <message>
        <source>save an account&apos;s whole inventory to a file (offline audits)</source>
        <translation type="vanished">enregistrer tout l’inventaire d’un compte dans un fichier (audits hors ligne)</translation>
    </message>
    <message>
        <source>Save an account&apos;s whole inventory to a snapshot file, for offline audits or for support staff.</source>
        <translation type="vanished">Enregistre tout l’inventaire d’un compte dans un fichier d’instantané, pour des audits hors ligne ou pour le support.</translation>
    </message>
    <message>
        <source>the platform&apos;s live status and updates</source>
        <translation type="vanished">l’état actuel de la plateforme et ses mises à jour</translation>
    </message>
    <message>
        <source>Read the platform&apos;s status service once and print it. Exit 0 when the status was read, whatever it says; 1 when it could not be read (level &quot;unknown&quot;).</source>
        <translation type="vanished">Lit une fois le service d’état de la plateforme et l’affiche. Sort avec 0 si l’état a été lu, quel qu’il soit ; 1 s’il n’a pas pu être lu (niveau « unknown »).</translation>
    </message>
    <message>
        <source>the native Status API base, or a Statuspage page (its root or its /api/v2/summary.json); default: $SCALING_ADVISOR_STATUS_URL, else the status URL set in the application</source>
        <translation type="vanished">la base de l’API d’état native, ou une page Statuspage (sa racine ou son /api/v2/summary.json) ; par défaut : $SCALING_ADVISOR_STATUS_URL, sinon l’URL d’état définie dans l’application</translation>
    </message>
    <message>
        <source>native, statuspage or auto (default: auto, detected by probing)</source>
        <translation type="vanished">native, statuspage ou auto (par défaut : auto, détecté en sondant)</translation>
    </message>
    <message>
        <source>accept a plain http:// URL to another computer</source>
        <translation type="vanished">accepter une URL http:// non chiffrée vers un autre ordinateur</translation>
    </message>
    <message>
        <source>keep credentials for a platform API in the system keychain</source>
        <translation type="vanished">garder les identifiants d’une API de plateforme dans le trousseau du système</translation>
    </message>
    <message>
        <source>Check credentials against the platform API and keep them in the system keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; otherwise the password of --username is read from standard input (without echo on a terminal).</source>
        <translation type="vanished">Vérifie des identifiants auprès de l’API de la plateforme et les garde dans le trousseau du système. Si SCALING_ADVISOR_API_KEY est définie, cette clé d’API est enregistrée ; sinon le mot de passe de --username est lu sur l’entrée standard (sans écho sur un terminal).</translation>
    </message>
    <message>
        <source>platform API to log in to</source>
        <translation type="vanished">API de la plateforme à laquelle se connecter</translation>
    </message>
    <message>
        <source>log in with this user&apos;s password</source>
        <translation type="vanished">se connecter avec le mot de passe de cet utilisateur</translation>
    </message>
    <message>
        <source>delete the credentials kept for a platform API</source>
        <translation type="vanished">supprimer les identifiants gardés pour une API de plateforme</translation>
    </message>
    <message>
        <source>Delete the credentials kept in the keychain for a platform API.</source>
        <translation type="vanished">Supprime les identifiants gardés dans le trousseau pour une API de plateforme.</translation>
    </message>
    <message>
        <source>platform API to log out of</source>
        <translation type="vanished">API de la plateforme dont se déconnecter</translation>
    </message>
    <message>
        <source>choose one source: --api, --snapshot or --demo</source>
        <translation type="vanished">choisissez une seule source : --api, --snapshot ou --demo</translation>
    </message>
    <message>
        <source>--user reads a customer&apos;s account online; it cannot be combined with --snapshot</source>
        <translation type="vanished">--user lit en ligne le compte d’un client ; il ne peut pas être combiné avec --snapshot</translation>
    </message>
    <message>
        <source>Exit codes:
  0  fine
  1  runtime error (network, authentication, bad data, corrupt snapshot, a failed write, an action the platform refused)
  2  usage error
  3  findings at or above --fail-on (audit)
</source>
        <translation type="vanished">Codes de sortie :
  0  tout va bien
  1  erreur d’exécution (réseau, authentification, données incorrectes, instantané corrompu, écriture échouée, action refusée par la plateforme)
  2  erreur d’utilisation
  3  constats au niveau de --fail-on ou au-dessus (audit)
</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="vanished">impossible d’écrire sur la sortie standard : %1</translation>
    </message>
</context>
<context>
    <name>DataAge</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>fetched %1</source>
        <translation>lu %1</translation>
    </message>
    <message>
        <source>cached data from %1 (%2)</source>
        <translation>données en cache du %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot from %1 (%2)</source>
        <translation>instantané du %1 (%2)</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>FindingsDetailPanel</name>
    <message>
        <source>Fi&amp;x:</source>
        <translation type="vanished">Correc&amp;tif :</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation type="vanished">Commande de correction</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="vanished">C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the fix command</source>
        <translation type="vanished">Copier la commande de correction</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation type="vanished">Mettre à l’éc&amp;helle…</translation>
    </message>
    <message>
        <source>Scale this service</source>
        <translation type="vanished">Mettre ce service à l’échelle</translation>
    </message>
    <message>
        <source>Why this &amp;matters and how to fix it</source>
        <translation type="vanished">Pourquoi c’est &amp;important et comment corriger</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation type="vanished">Sélectionnez un constat pour voir comment le corriger.</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation type="vanished">le compte entier</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="vanished">%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (exempt)</source>
        <translation type="vanished">%1 (exempté)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation type="vanished">Exempté : %1</translation>
    </message>
    <message>
        <source>%1 is a %2 service (%3).</source>
        <translation type="vanished">%1 est un service %2 (%3).</translation>
    </message>
    <message>
        <source>it keeps state</source>
        <translation type="vanished">avec état</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation type="vanished">sans état</translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation type="vanished">En savoir plus sur %1</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>%1 (exempt)</source>
        <translation>%1 (exempté)</translation>
    </message>
    <message>
        <source>(account)</source>
        <translation>(compte)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Exempté : %1</translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation>Ce service a des instances là où la plateforme signale un incident.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>no display (neither DISPLAY nor WAYLAND_DISPLAY is set): cannot open the window. The command line works without one, e.g. &apos;scaling-advisor audit --demo&apos;; see &apos;scaling-advisor --help&apos;.</source>
        <translation type="vanished">aucun écran (ni DISPLAY ni WAYLAND_DISPLAY n’est défini) : impossible d’ouvrir la fenêtre. La ligne de commande fonctionne sans écran, par exemple « scaling-advisor audit --demo » ; voir « scaling-advisor --help ».</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation type="vanished">instantané %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>snapshot %1: not a readable file</source>
        <translation type="vanished">instantané %1 : fichier illisible</translation>
    </message>
    <message>
        <source>cannot start the demo platform: %1</source>
        <translation type="vanished">impossible de démarrer la plateforme de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>InfoBar</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>InstanceTableModel</name>
    <message>
        <source>up</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>hibernating</source>
        <translation>en veille</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>InventoryTreeModel</name>
    <message>
        <source>Some services of %1 run where the platform reports an incident.</source>
        <translation>Certains services de %1 s’exécutent là où la plateforme signale un incident.</translation>
    </message>
    <message>
        <source>%1 (not read)</source>
        <translation>%1 (non lu)</translation>
    </message>
    <message>
        <source>%1 (%2 down)</source>
        <translation>%1 (%2 en panne)</translation>
    </message>
    <message>
        <source>This service could not be read: %1</source>
        <translation>Ce service n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>This service has instances where the platform reports an incident.</source>
        <translation>Ce service a des instances là où la plateforme signale un incident.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Flavor / type</source>
        <translation>Formule / type</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>unknown language &apos;%1&apos;: choose one of %2</source>
        <translation>langue « %1 » inconnue : choisissez parmi %2</translation>
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
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation>Progression de l’actualisation</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the refresh</source>
        <translation>Annuler l’actualisation</translation>
    </message>
    <message>
        <source>Filter by name, type, flavor or severity</source>
        <translation>Filtrer par nom, type, formule ou gravité</translation>
    </message>
    <message>
        <source>Filter applications and services</source>
        <translation>Filtrer les applications et les services</translation>
    </message>
    <message>
        <source>Applications and services</source>
        <translation>Applications et services</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Fi&amp;x:</source>
        <translation>Correc&amp;tif :</translation>
    </message>
    <message>
        <source>Fix command</source>
        <translation>Commande de correction</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the fix command</source>
        <translation>Copier la commande de correction</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>Mettre à l’éc&amp;helle…</translation>
    </message>
    <message>
        <source>Scale this service</source>
        <translation>Mettre ce service à l’échelle</translation>
    </message>
    <message>
        <source>&amp;Why this matters and how to fix it</source>
        <translation>&amp;Pourquoi c’est important et comment corriger</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Répartition</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>&amp;What if</source>
        <translation>&amp;Et si</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>Co&amp;mpte</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Enregistrer l’instantané…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;HTML report…</source>
        <translation>Rapport &amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>Rapport &amp;PDF…</translation>
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
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Comptes…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Exempt…</source>
        <translation>E&amp;xempter…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About Scaling Advisor</source>
        <translation>À &amp;propos de Scaling Advisor</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Comptes…</translation>
    </message>
    <message>
        <source>No account yet. Add one to read your applications, or open a snapshot file.</source>
        <translation>Aucun compte pour l’instant. Ajoutez-en un pour lire vos applications, ou ouvrez un fichier d’instantané.</translation>
    </message>
    <message>
        <source>No secret is stored for %1: enter it to sign in.</source>
        <translation>Aucun secret n’est enregistré pour %1 : saisissez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so the secret of %1 cannot be stored. Enter it to use it for this session only.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : le secret de %1 ne peut pas être enregistré. Saisissez-le pour l’utiliser pendant cette session seulement.</translation>
    </message>
    <message>
        <source>The keychain did not give the secret of %1: %2</source>
        <translation>Le trousseau n’a pas fourni le secret de %1 : %2</translation>
    </message>
    <message>
        <source>Scaling Advisor — %1</source>
        <translation>Scaling Advisor — %1</translation>
    </message>
    <message>
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation>Déconnecté de %1 : son secret a été supprimé. Les données affichées restent jusqu’à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Actualisation annulée.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation>Connexion à %1 impossible : %2 Vérifiez le secret du compte.</translation>
    </message>
    <message>
        <source>There is no data to show yet.</source>
        <translation>Il n’y a encore aucune donnée à afficher.</translation>
    </message>
    <message>
        <source>The data shown was %1.</source>
        <translation>Données affichées : %1.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 %2 Next try at %3.</source>
        <translation>Actualisation impossible : %1 %2 Prochain essai à %3.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read and are left out of the checks: %1</source>
        <translation>
            <numerusform>%n service n’a pas pu être lu et est exclu des vérifications : %1</numerusform>
            <numerusform>%n services n’ont pas pu être lus et sont exclus des vérifications : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read by %2)</source>
        <translation>%1 (lu par %2)</translation>
    </message>
    <message>
        <source>Score %1/100</source>
        <translation>Score %1/100</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation>Note %1</translation>
    </message>
    <message numerus="yes">
        <source>%n danger</source>
        <translation>
            <numerusform>%n danger</numerusform>
            <numerusform>%n dangers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exempt</source>
        <translation>
            <numerusform>%n exempté</numerusform>
            <numerusform>%n exemptés</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to fix: every check passed.</source>
        <translation>Rien à corriger : toutes les vérifications sont passées.</translation>
    </message>
    <message>
        <source>Select a finding to see how to fix it.</source>
        <translation>Sélectionnez un constat pour voir comment le corriger.</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation>le compte entier</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (exempt)</source>
        <translation>%1 (exempté)</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Exempté : %1</translation>
    </message>
    <message>
        <source>%1 is a %2 service (%3).</source>
        <translation>%1 est un service %2 (%3).</translation>
    </message>
    <message>
        <source>it keeps state</source>
        <translation>avec état</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation>sans état</translation>
    </message>
    <message>
        <source>Read more about %1</source>
        <translation>En savoir plus sur %1</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation>Le fichier des exemptions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No such finding.</source>
        <translation>Ce constat n’existe pas.</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation>Une exemption doit avoir une raison.</translation>
    </message>
    <message>
        <source>Exempt finding</source>
        <translation>Exempter le constat</translation>
    </message>
    <message>
        <source>Why is &quot;%1&quot; acceptable for %2? The reason is saved with the exemption.</source>
        <translation>Pourquoi « %1 » est-il acceptable pour %2 ? La raison est enregistrée avec l’exemption.</translation>
    </message>
    <message>
        <source>Unknown report format: %1</source>
        <translation>Format de rapport inconnu : %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Rapport PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport écrit dans %1</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>Snapshots (*.json);;All files (*)</source>
        <translation>Instantanés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a snapshot this application can read: %2</source>
        <translation>%1 n’est pas un instantané que cette application sait lire : %2</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Enregistrer l’instantané</translation>
    </message>
    <message>
        <source>Snapshots (*.json)</source>
        <translation>Instantanés (*.json)</translation>
    </message>
    <message>
        <source>Snapshot written to %1</source>
        <translation>Instantané écrit dans %1</translation>
    </message>
    <message>
        <source>About Scaling Advisor</source>
        <translation>À propos de Scaling Advisor</translation>
    </message>
    <message>
        <source>Scaling Advisor %1

Finds the services that would not survive the loss of one host or one availability zone, shows where every instance runs, and answers &quot;what if this zone fails?&quot;.</source>
        <translation>Scaling Advisor %1

Trouve les services qui ne survivraient pas à la perte d’un hôte ou d’une zone de disponibilité, montre où s’exécute chaque instance et répond à la question « et si cette zone tombait en panne ? ».</translation>
    </message>
    <message>
        <source>F&amp;indings</source>
        <translation type="vanished">&amp;Constats</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="vanished">Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="vanished">&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="vanished">F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="vanished">&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 — Scaling Advisor</source>
        <translation type="vanished">%1 — Scaling Advisor</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation type="vanished">Pas encore de données</translation>
    </message>
    <message>
        <source>%1/%2 has no finding: nothing to fix there.</source>
        <translation type="vanished">%1/%2 n’a aucun constat : rien à corriger.</translation>
    </message>
    <message>
        <source>%1 has no finding: nothing to fix there.</source>
        <translation type="vanished">%1 n’a aucun constat : rien à corriger.</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation type="vanished">Aucun constat ne correspond au filtre.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="vanished">Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is not installed. It is part of the scaling-advisor package, in %1.</source>
        <translation type="vanished">Le guide de l’utilisateur n’est pas installé. Il fait partie du paquet scaling-advisor, dans %1.</translation>
    </message>
    <message>
        <source>No application could open the user guide: %1</source>
        <translation type="vanished">Aucune application n’a pu ouvrir le guide de l’utilisateur : %1</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="vanished">%1	%2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation type="vanished">Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>The Findings, Placement and What if tabs</source>
        <translation type="vanished">Les onglets Constats, Répartition et Et si</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login&apos; once to keep them in the system keychain</source>
        <translation type="vanished">les secrets ne sont jamais pris sur la ligne de commande : définissez SCALING_ADVISOR_API_KEY, ou lancez une fois « scaling-advisor login » pour les garder dans le trousseau du système</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="vanished">argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;: %2</source>
        <translation type="vanished">option « --%1 » inconnue : %2</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;</source>
        <translation type="vanished">option « --%1 » inconnue</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation type="vanished">option « --%1 » donnée deux fois</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation type="vanished">l’option « --%1 » ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation type="vanished">l’option « --%1 » attend une valeur (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a non-empty value</source>
        <translation type="vanished">l’option « --%1 » attend une valeur non vide</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="vanished">impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>unknown</source>
        <translation type="vanished">inconnu</translation>
    </message>
    <message>
        <source>the whole account</source>
        <translation type="vanished">le compte entier</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="vanished">accepté</translation>
    </message>
    <message>
        <source>serious</source>
        <translation type="vanished">grave</translation>
    </message>
    <message>
        <source>to improve</source>
        <translation type="vanished">à améliorer</translation>
    </message>
    <message>
        <source>for information</source>
        <translation type="vanished">pour information</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="vanished">Accepté : %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="vanished">Que faire :</translation>
    </message>
    <message>
        <source>About this rule: %1</source>
        <translation type="vanished">À propos de cette règle : %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="vanished">Note</translation>
    </message>
    <message>
        <source>score %1/100</source>
        <translation type="vanished">score %1/100</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation type="vanished">Certaines parties de vos applications cessent de fonctionner si un seul serveur ou un seul centre de données tombe en panne. La liste ci-dessous indique ce qu’il faut changer en premier.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation type="vanished">Vos applications survivent à la perte d’un seul serveur, mais certaines fonctionneraient avec trop peu d’instances ou perdraient une partie de leur service de données.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation type="vanished">Vos applications sont réparties de sorte que la perte d’un serveur ou d’un centre de données ne les arrête pas.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="vanished">%1, %2, %3</translation>
    </message>
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
    <message>
        <source>Findings: %1 serious, %2 to improve, %3 for information, %4 accepted.</source>
        <translation type="vanished">Constats : %1 graves, %2 à améliorer, %3 pour information, %4 acceptés.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="vanished">non lu</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation type="vanished">non lu : %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="vanished">%1 × %2</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation type="vanished">Application %1</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation type="vanished">Formule : %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would stop.</source>
        <translation type="vanished">Si le centre de données %1 tombait en panne, cette application s’arrêterait.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would keep running with fewer instances.</source>
        <translation type="vanished">Si le centre de données %1 tombait en panne, cette application continuerait de fonctionner avec moins d’instances.</translation>
    </message>
    <message>
        <source>The loss of any one data centre, %1 included, leaves this application running.</source>
        <translation type="vanished">La perte de n’importe quel centre de données, %1 compris, laisse cette application en service.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="vanished">Instances</translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="vanished">Où</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation type="vanished">Aucun constat pour cette application.</translation>
    </message>
    <message>
        <source>Scaling Advisor report</source>
        <translation type="vanished">Rapport Scaling Advisor</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation type="vanished">Compte %1 · données lues le %2 depuis %3 · rapport rédigé le %4</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="vanished">(sans nom)</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation type="vanished">Que faire en premier</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation type="vanished">Rien d’urgent : aucun constat grave et rien à améliorer.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation type="vanished">Où s’exécutent vos instances</translation>
    </message>
    <message>
        <source>Instances per data centre, coloured by application. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation type="vanished">Instances par centre de données, colorées par application. Réparties uniformément, la perte de n’importe quel centre de données laisse les autres en service.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation type="vanished">Le compte entier</translation>
    </message>
    <message>
        <source>Service types the advisor does not know, treated as stateless: %1</source>
        <translation type="vanished">Types de service inconnus de l’outil, traités comme sans état : %1</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="vanished">N’a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1 : %2</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of the application.</source>
        <translation type="vanished">Un rapport PDF a besoin de la partie graphique de l’application.</translation>
    </message>
    <message>
        <source>Cannot draw the report pages.</source>
        <translation type="vanished">Impossible de dessiner les pages du rapport.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation type="vanished">Impossible de commencer la page %1 du rapport.</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation type="vanished">Rapport Scaling Advisor pour %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation type="vanished">Le rapport PDF est vide.</translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message>
        <source>Instances per datacenter</source>
        <translation>Instances par centre de données</translation>
    </message>
    <message>
        <source>Instances of %1 per datacenter</source>
        <translation>Instances de %1 par centre de données</translation>
    </message>
    <message>
        <source>%1 (affected)</source>
        <translation>%1 (touché)</translation>
    </message>
    <message>
        <source>Instances of every application per datacenter</source>
        <translation>Instances de chaque application par centre de données</translation>
    </message>
    <message numerus="yes">
        <source>%n other applications</source>
        <translation>
            <numerusform>%n autre application</numerusform>
            <numerusform>%n autres applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2: %n instance(s)</source>
        <translation>
            <numerusform>%1 dans %2 : %n instance</numerusform>
            <numerusform>%1 dans %2 : %n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Nothing to scale: no scaling action would let another application survive the loss of a datacenter.</source>
        <translation type="vanished">Rien à mettre à l’échelle : aucune mise à l’échelle ne permettrait à une autre application de survivre à la perte d’un centre de données.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: %n scaling action(s); afterwards %1 of %2 applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Plan : %n mise à l’échelle ; ensuite, applications qui survivent à la perte de n’importe quel centre de données : %1 sur %2.</numerusform>
            <numerusform>Plan : %n mises à l’échelle ; ensuite, applications qui survivent à la perte de n’importe quel centre de données : %1 sur %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4 instances</source>
        <translation type="vanished">%1 %2 : %3 → %4 instances</translation>
    </message>
    <message>
        <source>(saves %1)</source>
        <translation type="vanished">(sauve %1)</translation>
    </message>
    <message>
        <source>What scaling cannot fix:</source>
        <translation type="vanished">Ce que la mise à l’échelle ne peut pas corriger :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="vanished">%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="vanished">%1 (%2) : %3</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation type="vanished">
            <numerusform>%1 écrit : %n mise à l’échelle.</numerusform>
            <numerusform>%1 écrit : %n mises à l’échelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation type="vanished">
            <numerusform>%n service du compte n’a pas pu être lu ; le plan couvre le reste :</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus ; le plan couvre le reste :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="vanished">%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="vanished">%1 (%2) :</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Scaling &amp;actions</source>
        <translation type="vanished">&amp;Mises à l’échelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="vanished">Service</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="vanished">Instances</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation type="vanished">Sauve</translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="vanished">Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="vanished">Résultat</translation>
    </message>
    <message>
        <source>&amp;Manual steps (scaling cannot fix these)</source>
        <translation type="vanished">Étapes &amp;manuelles (la mise à l’échelle ne peut pas les corriger)</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation type="vanished">Application / service</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="vanished">Règle</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="vanished">Que faire</translation>
    </message>
    <message>
        <source>A&amp;pply the Plan…</source>
        <translation type="vanished">A&amp;ppliquer le plan…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="vanished">A&amp;nnuler</translation>
    </message>
    <message>
        <source>Scaling actions of the plan</source>
        <translation type="vanished">Mises à l’échelle du plan</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation type="vanished">Étapes manuelles</translation>
    </message>
    <message>
        <source>Scale the services of the plan, one after the other</source>
        <translation type="vanished">Mettre à l’échelle les services du plan, l’un après l’autre</translation>
    </message>
    <message>
        <source>This is a support account: the plan is shown so that you can walk the customer through it, and only the customer&apos;s own account can apply it (the platform refuses scaling from support accounts).</source>
        <translation type="vanished">Ceci est un compte de support : le plan est affiché pour que vous puissiez le présenter au client pas à pas, et seul le compte du client peut l’appliquer (la plateforme refuse les mises à l’échelle depuis un compte de support).</translation>
    </message>
    <message>
        <source>This data is not from a live account (a snapshot, or no account yet): open the account itself to apply the plan.</source>
        <translation type="vanished">Ces données ne viennent pas d’un compte en ligne (un instantané, ou pas encore de compte) : ouvrez le compte lui-même pour appliquer le plan.</translation>
    </message>
    <message>
        <source>No applications: nothing to plan.</source>
        <translation type="vanished">Aucune application : rien à planifier.</translation>
    </message>
    <message>
        <source>Scaling cannot improve this: every application that scaling can save already survives the loss of any one datacenter.</source>
        <translation type="vanished">La mise à l’échelle ne peut rien améliorer : chaque application qu’elle peut sauver survit déjà à la perte de n’importe quel centre de données.</translation>
    </message>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Après le plan, applications qui survivraient à la perte de n’importe quel centre de données : %1 sur %n.</numerusform>
            <numerusform>Après le plan, applications qui survivraient à la perte de n’importe quel centre de données : %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it changes: %1 Each application is deployed again after the change of its instances, which places them afresh; memory and code stay as they are.</source>
        <translation type="vanished">Ce que cela change : %1 Chaque application est redéployée après le changement de ses instances, ce qui les replace ; la mémoire et le code restent tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation type="vanished">
            <numerusform>Il met à l’échelle %n service dans %1.</numerusform>
            <numerusform>Il met à l’échelle %n services dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="vanished">
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="vanished">%1 → %2</translation>
    </message>
    <message>
        <source>Scaling &amp;actions: none needed</source>
        <translation type="vanished">&amp;Mises à l’échelle : aucune nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>Scaling &amp;actions (%n)</source>
        <translation type="vanished">
            <numerusform>&amp;Mises à l’échelle (%n)</numerusform>
            <numerusform>&amp;Mises à l’échelle (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Manual steps: none</source>
        <translation type="vanished">Étapes &amp;manuelles : aucune</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation type="vanished">
            <numerusform>Étapes &amp;manuelles, que la mise à l’échelle ne peut pas faire (%n)</numerusform>
            <numerusform>Étapes &amp;manuelles, que la mise à l’échelle ne peut pas faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation type="vanished">Appliquer le plan</translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation type="vanished">
            <numerusform>Mettre à l’échelle %n service de %1 maintenant ?</numerusform>
            <numerusform>Mettre à l’échelle %n services de %1 maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The services are scaled one after the other, each followed by a deployment of its application, as the platform&apos;s command line does. Cancel stops before the next one; what is done stays done.</source>
        <translation type="vanished">Les services sont mis à l’échelle l’un après l’autre, chacun suivi d’un déploiement de son application, comme le fait l’outil en ligne de commande de la plateforme. Annuler s’arrête avant le suivant ; ce qui est fait reste acquis.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="vanished">&amp;Appliquer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="vanished">Démarrage…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="vanished">en attente</translation>
    </message>
    <message>
        <source>Cancelling: the action in progress finishes, no other starts.</source>
        <translation type="vanished">Annulation : l’action en cours se termine, aucune autre ne démarre.</translation>
    </message>
    <message>
        <source>scaling…</source>
        <translation type="vanished">mise à l’échelle…</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation type="vanished">
            <numerusform>Mise à l’échelle de %1 à %n instance (%2 sur %3)…</numerusform>
            <numerusform>Mise à l’échelle de %1 à %n instances (%2 sur %3)…</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="vanished">terminé</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="vanished">refusé : %1</translation>
    </message>
    <message>
        <source>Applications that survive the loss of any one datacenter: %1 → %2 of %3. Grade: %4 → %5.</source>
        <translation type="vanished">Applications qui survivent à la perte de n’importe quel centre de données : %1 → %2 sur %3. Note : %4 → %5.</translation>
    </message>
    <message>
        <source>The account could not be read again (%1): refresh it to see before → after.</source>
        <translation type="vanished">Le compte n’a pas pu être relu (%1) : actualisez-le pour voir l’avant → après.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation type="vanished">
            <numerusform>%n action appliquée.</numerusform>
            <numerusform>%n actions appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2 → %3 instances): %4</source>
        <translation type="vanished">Refusé : %1 (%2 → %3 instances) : %4</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation type="vanished">
            <numerusform>Annulé : %n action non commencée (%1).</numerusform>
            <numerusform>Annulé : %n actions non commencées (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformAuthenticator</name>
    <message>
        <source>the answer has no &quot;token&quot; (the token endpoint), so signing in with a password is not possible</source>
        <translation type="vanished">la réponse n’a pas de « token » (le point de terminaison du jeton) : la connexion par mot de passe est impossible</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="vanished">la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The saved sign-in has expired. Please sign in again.</source>
        <translation type="vanished">La connexion enregistrée a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The platform did not accept the username or password. Please check them and sign in again.</source>
        <translation type="vanished">La plateforme n’a pas accepté le nom d’utilisateur ou le mot de passe. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <source>the token answer has no &quot;access_token&quot;</source>
        <translation type="vanished">la réponse du jeton n’a pas d’« access_token »</translation>
    </message>
    <message>
        <source>the token answer is not a JSON object</source>
        <translation type="vanished">la réponse du jeton n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not &quot;bearer&quot;</source>
        <translation type="vanished">le jeton est de type « %1 », pas « bearer »</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The platform API URL &quot;%1&quot; is not a valid URL.</source>
        <translation type="vanished">L’URL de l’API de la plateforme « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The platform API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation type="vanished">L’URL de l’API de la plateforme doit commencer par https:// (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation type="vanished">Refus d’envoyer des identifiants en http:// non chiffré à %1 : utilisez https://, ou ajoutez --allow-insecure-http si vous acceptez que n’importe qui sur le réseau puisse les lire.</translation>
    </message>
    <message>
        <source>Another request to the platform is in progress.</source>
        <translation type="vanished">Une autre requête vers la plateforme est en cours.</translation>
    </message>
    <message>
        <source>No credentials: sign in with an API key or a username and password.</source>
        <translation type="vanished">Aucun identifiant : connectez-vous avec une clé d’API ou un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The platform changed %1 to %2 instance(s), but did not deploy %3: %4</source>
        <translation type="vanished">La plateforme a passé %1 à %2 instance(s), mais n’a pas déployé %3 : %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation type="vanished">
            <numerusform>La plateforme a accepté : %1 a maintenant %n instance.</numerusform>
            <numerusform>La plateforme a accepté : %1 a maintenant %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message>
        <source>(after 1 retry)</source>
        <translation type="vanished">(après 1 nouvelle tentative)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(après %n nouvelle tentative)</numerusform>
            <numerusform>(après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable answer from the platform to %1: %2</source>
        <translation type="vanished">Réponse illisible de la plateforme à %1 : %2</translation>
    </message>
    <message>
        <source>The platform API is in maintenance mode. Please try again later.</source>
        <translation type="vanished">L’API de la plateforme est en maintenance. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials (401)%1. Please sign in again.</source>
        <translation type="vanished">La plateforme n’a pas accepté les identifiants (401)%1. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Access denied by the platform for %1 (403)%2.</source>
        <translation type="vanished">Accès refusé par la plateforme pour %1 (403)%2.</translation>
    </message>
    <message>
        <source>Not found on the platform: %1 (404)%2.</source>
        <translation type="vanished">Introuvable sur la plateforme : %1 (404)%2.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429): try again in %1 s.</source>
        <translation type="vanished">La plateforme limite les requêtes (429) : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429)%1.</source>
        <translation type="vanished">La plateforme limite les requêtes (429)%1.</translation>
    </message>
    <message>
        <source>The platform refused %1 (%2)%3.</source>
        <translation type="vanished">La plateforme a refusé %1 (%2)%3.</translation>
    </message>
    <message>
        <source>The platform failed to answer %1 (HTTP %2)%3.</source>
        <translation type="vanished">La plateforme n’a pas pu répondre à %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform to %1 (HTTP %2)%3.</source>
        <translation type="vanished">Réponse inattendue de la plateforme à %1 (HTTP %2)%3.</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation type="vanished">
            <numerusform>%n autre application</numerusform>
            <numerusform>%n autres applications</numerusform>
        </translation>
    </message>
    <message>
        <source>instances</source>
        <translation type="vanished">instances</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Rapport Scaling Advisor</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation type="vanished">Impossible de lire le fichier d’autorités de certification %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation type="vanished">Le fichier d’autorités de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="vanished">« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (got &quot;%1&quot;).</source>
        <translation type="vanished">L’URL doit commencer par https:// (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation type="vanished">Refus d’envoyer des identifiants en http:// non chiffré à %1 : utilisez https://, ou ajoutez --allow-insecure-http si vous acceptez que n’importe qui sur le réseau puisse les lire.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3).</source>
        <translation type="vanished">%1 n’a pas répondu dans les %2 (%3).</translation>
    </message>
    <message>
        <source>(unknown proxy)</source>
        <translation type="vanished">(proxy inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation type="vanished">
            <numerusform>(après %n nouvelle tentative)</numerusform>
            <numerusform>(après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (%3).</source>
        <translation type="vanished">Connexion à %1 impossible dans les %2 (%3).</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than the %3 limit.</source>
        <translation type="vanished">La réponse de %1 à %2 dépasse la limite de %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="vanished">Annulé.</translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1 (%2): %3</source>
        <translation type="vanished">Impossible d’établir une connexion sécurisée avec %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1: it refused the connection (is it running?). %2 was not reached.</source>
        <translation type="vanished">Connexion au proxy %1 impossible : il a refusé la connexion (est-il démarré ?). %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 was not found (unknown host). %2 was not reached.</source>
        <translation type="vanished">Le proxy %1 est introuvable (hôte inconnu). %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time. %2 was not reached.</source>
        <translation type="vanished">Le proxy %1 n’a pas répondu à temps. %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a username and password (407): give them in the proxy settings, or in the proxy URL (http://user:password@host:port).</source>
        <translation type="vanished">Le proxy %1 demande un nom d’utilisateur et un mot de passe (407) : indiquez-les dans les paramètres du proxy ou dans son URL (http://utilisateur:motdepasse@hôte:port).</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the request to %2 through (%3): %4</source>
        <translation type="vanished">Le proxy %1 n’a pas laissé passer la requête vers %2 (%3) : %4</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 was cut short: %3 of %4 bytes arrived.</source>
        <translation type="vanished">La réponse de %1 à %2 a été interrompue : %3 octets sur %4 sont arrivés.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1 (%2). %3 was not reached.</source>
        <translation type="vanished">Connexion au proxy %1 impossible (%2). %3 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2): %3</source>
        <translation type="vanished">Impossible de joindre %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3) without a valid Location.</source>
        <translation type="vanished">%1 a redirigé %2 (HTTP %3) sans en-tête Location valide.</translation>
    </message>
    <message>
        <source>Too many redirects for %1.</source>
        <translation type="vanished">Trop de redirections pour %1.</translation>
    </message>
    <message>
        <source>%1 redirected %2 to another site (%3); not followed.</source>
        <translation type="vanished">%1 a redirigé %2 vers un autre site (%3) ; redirection non suivie.</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3); not followed.</source>
        <translation type="vanished">%1 a redirigé %2 (HTTP %3) ; redirection non suivie.</translation>
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
        <translation type="vanished">%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="vanished">%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation type="vanished">
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>(after 1 retry)</source>
        <translation type="vanished">(après 1 nouvelle tentative)</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation type="vanished">
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no application.</source>
        <translation type="vanished">Le compte n’a aucune application.</translation>
    </message>
    <message>
        <source>The application survives the loss of any one datacenter.</source>
        <translation type="vanished">L’application survit à la perte de n’importe quel centre de données.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>L’application (%Ln) survit à la perte de n’importe quel centre de données.</numerusform>
            <numerusform>Les %Ln applications survivent toutes à la perte de n’importe quel centre de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation type="vanished">
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation type="vanished">
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln ; hors service : %2.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln ; hors service : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications are not serving right now: %1.</source>
        <translation type="vanished">
            <numerusform>%Ln application ne répond pas en ce moment : %1.</numerusform>
            <numerusform>%Ln applications ne répondent pas en ce moment : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The placement of %Ln applications could not be read, so their survival is not known: %1.</source>
        <translation type="vanished">
            <numerusform>La répartition de %Ln application n’a pas pu être lue, sa survie n’est donc pas connue : %1.</numerusform>
            <numerusform>La répartition de %Ln applications n’a pas pu être lue, leur survie n’est donc pas connue : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>L’application (%Ln) survit à la perte de n’importe quel hôte.</numerusform>
            <numerusform>Les %Ln applications survivent toutes à la perte de n’importe quel hôte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation type="vanished">
            <numerusform>Applications qui survivent à la perte de n’importe quel hôte : %1 sur %Ln.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel hôte : %1 sur %Ln.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln constat de danger ouvert limite la note à D ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
            <numerusform>%Ln constats de danger ouverts limitent la note à D ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation type="vanished">
            <numerusform>%Ln avertissement ouvert limite la note à B ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
            <numerusform>%Ln avertissements ouverts limitent la note à B ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open danger and no open warning: the grade follows the score, %1/100.</source>
        <translation type="vanished">Aucun danger ni avertissement ouvert : la note suit le score, %1/100.</translation>
    </message>
</context>
<context>
    <name>ScaleDialog</name>
    <message>
        <source>Scale a service</source>
        <translation>Mettre un service à l’échelle</translation>
    </message>
    <message>
        <source>&amp;Instances:</source>
        <translation>&amp;Instances :</translation>
    </message>
    <message>
        <source>Number of instances</source>
        <translation>Nombre d’instances</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Commande :</translation>
    </message>
    <message>
        <source>The equivalent command</source>
        <translation>La commande équivalente</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Requête :</translation>
    </message>
    <message>
        <source>The request that will be sent</source>
        <translation>La requête qui sera envoyée</translation>
    </message>
    <message>
        <source>I und&amp;erstand that this changes the running application (a deployment follows)</source>
        <translation>Je &amp;comprends que cela modifie l’application en service (un déploiement suit)</translation>
    </message>
    <message>
        <source>&amp;Scale</source>
        <translation>&amp;Mettre à l’échelle</translation>
    </message>
    <message>
        <source>Send the scaling request</source>
        <translation>Envoyer la demande de mise à l’échelle</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 runs %n instance(s) now.</source>
        <translation>
            <numerusform>%1 de %2 compte actuellement %n instance.</numerusform>
            <numerusform>%1 de %2 compte actuellement %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Support accounts can read a customer&apos;s applications but cannot scale them.</source>
        <translation>Les comptes de support peuvent lire les applications d’un client, mais pas les mettre à l’échelle.</translation>
    </message>
    <message>
        <source>Choose a service of an application first.</source>
        <translation>Choisissez d’abord un service d’une application.</translation>
    </message>
    <message>
        <source>%1 is a sandbox application: the platform cannot scale it. Create a Live application and push the code there.</source>
        <translation>%1 est une application sandbox : la plateforme ne peut pas la mettre à l’échelle. Créez une application Live et poussez-y le code.</translation>
    </message>
    <message>
        <source>Scaling needs a signed-in account, not a snapshot.</source>
        <translation>La mise à l’échelle demande un compte connecté, pas un instantané.</translation>
    </message>
    <message>
        <source>Another request is still running; try again in a moment.</source>
        <translation>Une autre requête est en cours ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
    <message>
        <source>Could not read the service again: %1</source>
        <translation>Impossible de relire le service : %1</translation>
    </message>
    <message>
        <source>The platform refused the change.</source>
        <translation>La plateforme a refusé la modification.</translation>
    </message>
    <message>
        <source>The platform accepted the change.</source>
        <translation>La plateforme a accepté la modification.</translation>
    </message>
    <message>
        <source>Reading the service again…</source>
        <translation>Nouvelle lecture du service…</translation>
    </message>
    <message numerus="yes">
        <source>Read again: %1 has %n instance(s).</source>
        <translation>
            <numerusform>Relu : %1 a %n instance.</numerusform>
            <numerusform>Relu : %1 a %n instances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling and redeploying…</source>
        <translation type="vanished">Mise à l’échelle et redéploiement…</translation>
    </message>
</context>
<context>
    <name>ScalingPlanner</name>
    <message>
        <source>%1 has no instance. If it should run, scale it (%2) once you know why it has none.</source>
        <translation type="vanished">%1 n’a aucune instance. S’il doit fonctionner, mettez-le à l’échelle (%2) une fois que vous savez pourquoi il n’en a aucune.</translation>
    </message>
    <message>
        <source>The platform offers a single datacenter: no instance count of %1 survives its loss. Keep backups of your data and a plan to redeploy elsewhere.</source>
        <translation type="vanished">La plateforme n’offre qu’un seul centre de données : aucun nombre d’instances de %1 ne survit à sa perte. Gardez des sauvegardes de vos données et un plan pour redéployer ailleurs.</translation>
    </message>
    <message numerus="yes">
        <source>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</source>
        <translation type="vanished">
            <numerusform>Aucun nombre d’instances de %1 ne survit à la perte d’un centre de données sur le %Ln centre de données qu’offre la plateforme : un replica set ne continue de servir qu’avec une majorité de ses membres, et un centre de données perdu emporte cette majorité. Gardez des sauvegardes de vos données et demandez au support de la plateforme davantage de zones.</numerusform>
            <numerusform>Aucun nombre d’instances de %1 ne survit à la perte d’un centre de données sur les %Ln centres de données qu’offre la plateforme : un replica set ne continue de servir qu’avec une majorité de ses membres, et un centre de données perdu emporte cette majorité. Gardez des sauvegardes de vos données et demandez au support de la plateforme davantage de zones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance count of %1 cannot change, so no scaling command moves it. Ask the platform&apos;s support to move one instance of %1 to another datacenter, or redeploy the application so that the platform places its instances afresh.</source>
        <translation type="vanished">Le nombre d’instances de %1 ne peut pas changer, aucune commande de mise à l’échelle ne le déplace donc. Demandez au support de la plateforme de déplacer une instance de %1 vers un autre centre de données, ou redéployez l’application pour que la plateforme replace ses instances.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Comptes :</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <source>S&amp;tatus URL:</source>
        <translation>URL d’é&amp;tat :</translation>
    </message>
    <message>
        <source>Status service URL</source>
        <translation>URL du service d’état</translation>
    </message>
    <message>
        <source>&amp;Poll every:</source>
        <translation>&amp;Intervalle d’interrogation :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Status poll interval in seconds</source>
        <translation>Intervalle d’interrogation de l’état en secondes</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications when the platform status changes</source>
        <translation>Afficher des &amp;notifications quand l’état de la plateforme change</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Platform &amp;CLI name:</source>
        <translation>Nom de l’outil en ligne de &amp;commande :</translation>
    </message>
    <message>
        <source>Platform command-line tool name</source>
        <translation>Nom de l’outil en ligne de commande de la plateforme</translation>
    </message>
    <message>
        <source>A new language takes effect the next time the application starts.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Automatic (1 min, 5 min for Statuspage pages)</source>
        <translation>Automatique (1 min, 5 min pour les pages Statuspage)</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Exempté</translation>
    </message>
    <message>
        <source>Affected by incident</source>
        <translation>Touché par un incident</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>no %1 named &apos;%2&apos; in %3</source>
        <translation type="vanished">aucun %1 nommé « %2 » dans %3</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation type="vanished">connus : %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="vanished">impossible de créer le dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation type="vanished">
            <numerusform>%1 écrit : %n application, %2 services, %3 instances de %4.</numerusform>
            <numerusform>%1 écrit : %n applications, %2 services, %3 instances de %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation type="vanished">
            <numerusform>%n service n’a pas pu être lu ; il figure dans l’instantané comme erreur</numerusform>
            <numerusform>%n services n’ont pas pu être lus ; ils figurent dans l’instantané comme erreurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusBanner</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Show the recent status updates</source>
        <translation>Afficher les dernières mises à jour d’état</translation>
    </message>
    <message>
        <source>Status unknown since %1</source>
        <translation>État inconnu depuis %1</translation>
    </message>
    <message>
        <source> (this computer is offline)</source>
        <translation> (cet ordinateur est hors ligne)</translation>
    </message>
    <message>
        <source> (critical)</source>
        <translation> (critique)</translation>
    </message>
    <message>
        <source>Last known: %1 (%2)</source>
        <translation>Dernier état connu : %1 (%2)</translation>
    </message>
    <message>
        <source>The status service has not been read yet.</source>
        <translation>Le service d’état n’a pas encore été lu.</translation>
    </message>
    <message>
        <source>Latest: %1 — %2, %3</source>
        <translation>Dernière : %1 — %2, %3</translation>
    </message>
    <message>
        <source>None of your services have instances in %1</source>
        <translation>Aucun de vos services n’a d’instance dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of your services have instances in %1</source>
        <translation>
            <numerusform>%n de vos services a des instances dans %1</numerusform>
            <numerusform>%n de vos services ont des instances dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform API is affected: scaling and deployments may fail</source>
        <translation>L’API de la plateforme est touchée : mises à l’échelle et déploiements peuvent échouer</translation>
    </message>
    <message>
        <source>Platform status</source>
        <translation>État de la plateforme</translation>
    </message>
    <message>
        <source>No status service is set: add its URL in the settings.</source>
        <translation>Aucun service d’état n’est configuré : ajoutez son URL dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>StatusController</name>
    <message>
        <source>Status details…</source>
        <translation>Détails de l’état…</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Mute notifications</source>
        <translation>Couper les notifications</translation>
    </message>
    <message numerus="yes">
        <source>For %n hour(s)</source>
        <translation>
            <numerusform>Pendant %n heure</numerusform>
            <numerusform>Pendant %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Follow components</source>
        <translation>Suivre des composants</translation>
    </message>
    <message>
        <source>All components</source>
        <translation>Tous les composants</translation>
    </message>
</context>
<context>
    <name>StatusFeedDialog</name>
    <message>
        <source>Platform status updates</source>
        <translation>Mises à jour d’état de la plateforme</translation>
    </message>
    <message>
        <source>Read %1 from %2</source>
        <translation>Lu %1 depuis %2</translation>
    </message>
    <message>
        <source>No recent status updates.</source>
        <translation>Aucune mise à jour d’état récente.</translation>
    </message>
    <message>
        <source>Impact: %1 · now %2</source>
        <translation>Impact : %1 · maintenant %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Touche : %1</translation>
    </message>
    <message>
        <source>Open incident page</source>
        <translation>Ouvrir la page de l’incident</translation>
    </message>
</context>
<context>
    <name>StatusNotifier</name>
    <message>
        <source>Platform status: %1</source>
        <translation>État de la plateforme : %1</translation>
    </message>
    <message>
        <source>Status update: %1</source>
        <translation>Mise à jour d’état : %1</translation>
    </message>
    <message>
        <source>%1 new status updates</source>
        <translation>%1 nouvelles mises à jour d’état</translation>
    </message>
</context>
<context>
    <name>StatusPresentation</name>
    <message>
        <source>All systems operational</source>
        <translation>Tous les systèmes fonctionnent</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation>Service dégradé</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation>Panne de la plateforme</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Status unknown</source>
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>il y a %1 jours</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation>performances dégradées</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation>panne partielle</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation>panne majeure</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation>en maintenance</translation>
    </message>
</context>
<context>
    <name>StatusReportWriter</name>
    <message>
        <source>Platform status: %1 since %2</source>
        <translation type="vanished">État de la plateforme : %1 depuis %2</translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation type="vanished">État de la plateforme : %1</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation type="vanished">L’état n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation type="vanished">Dernier état connu : %1, lu %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <translation type="vanished">La page indique : « %1 »</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation type="vanished">Source : %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 (%2), updated %3</source>
        <translation type="vanished">Source : %1 (%2), mise à jour %3</translation>
    </message>
    <message>
        <source>The one component is operational.</source>
        <translation type="vanished">L’unique composant est opérationnel.</translation>
    </message>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation type="vanished">
            <numerusform>%n composant est opérationnel.</numerusform>
            <numerusform>Les %n composants sont tous opérationnels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components not operational (%1 of %2):</source>
        <translation type="vanished">Composants non opérationnels (%1 sur %2) :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1 : %2</translation>
    </message>
    <message>
        <source>Open incidents: none</source>
        <translation type="vanished">Incidents en cours : aucun</translation>
    </message>
    <message>
        <source>Open incidents (%1):</source>
        <translation type="vanished">Incidents en cours (%1) :</translation>
    </message>
    <message>
        <source>[%1] %2 — %3, updated %4</source>
        <translation type="vanished">[%1] %2 — %3, mis à jour %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="vanished">%1 — %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation type="vanished">Touche : %1</translation>
    </message>
    <message>
        <source>Maintenance in progress:</source>
        <translation type="vanished">Maintenance en cours :</translation>
    </message>
    <message>
        <source>Upcoming maintenance:</source>
        <translation type="vanished">Maintenance prévue :</translation>
    </message>
    <message>
        <source>Completed maintenance:</source>
        <translation type="vanished">Maintenance terminée :</translation>
    </message>
    <message>
        <source>Recent updates:</source>
        <translation type="vanished">Dernières mises à jour :</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="vanished">%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation type="vanished">
            <numerusform>… et %n mise à jour plus ancienne</numerusform>
            <numerusform>… et %n mises à jour plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="vanished">%1 à %2</translation>
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
        <translation type="vanished">État inconnu</translation>
    </message>
    <message>
        <source>Platform outage (critical)</source>
        <translation type="vanished">Panne de la plateforme (critique)</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation type="vanished">Panne de la plateforme</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation type="vanished">Tous les systèmes fonctionnent</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation type="vanished">Maintenance en cours</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation type="vanished">Service dégradé</translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="vanished">à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="vanished">
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="vanished">
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="vanished">
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation type="vanished">
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation type="vanished">
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="vanished">%1 (%2)</translation>
    </message>
    <message>
        <source>operational</source>
        <translation type="vanished">opérationnel</translation>
    </message>
    <message>
        <source>degraded performance</source>
        <translation type="vanished">performances dégradées</translation>
    </message>
    <message>
        <source>partial outage</source>
        <translation type="vanished">panne partielle</translation>
    </message>
    <message>
        <source>major outage</source>
        <translation type="vanished">panne majeure</translation>
    </message>
    <message>
        <source>under maintenance</source>
        <translation type="vanished">en maintenance</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="vanished">planifiée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="vanished">en cours</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation type="vanished">vérification</translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="vanished">terminée</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation type="vanished">analyse en cours</translation>
    </message>
    <message>
        <source>identified</source>
        <translation type="vanished">cause identifiée</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation type="vanished">sous surveillance</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="vanished">résolu</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation type="vanished">analyse post-incident</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Scaling Advisor User Guide</source>
        <translation type="vanished">Guide de l’utilisateur de Scaling Advisor</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="vanished">Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation type="vanished">Le guide de l’utilisateur manque dans cette version.</translation>
    </message>
</context>
<context>
    <name>WhatIfView</name>
    <message>
        <source>&amp;Fail:</source>
        <translation>&amp;Panne de :</translation>
    </message>
    <message>
        <source>What to fail</source>
        <translation>Ce qui tombe en panne</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Which one to fail</source>
        <translation>Lequel tombe en panne</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simuler</translation>
    </message>
    <message>
        <source>Simulate the failure</source>
        <translation>Simuler la panne</translation>
    </message>
    <message>
        <source>Choose what fails, then Simulate.</source>
        <translation>Choisissez ce qui tombe en panne, puis Simuler.</translation>
    </message>
    <message>
        <source>Surviving and lost instances per service</source>
        <translation>Instances survivantes et perdues par service</translation>
    </message>
    <message>
        <source>Applications after the failure</source>
        <translation>Applications après la panne</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation>Application / service</translation>
    </message>
    <message>
        <source>After the failure</source>
        <translation>Après la panne</translation>
    </message>
    <message>
        <source>Instances up (before → after)</source>
        <translation>Instances en marche (avant → après)</translation>
    </message>
    <message>
        <source>Worst single datacenter</source>
        <translation>Centre de données le plus critique</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>If %1 fails: %n application(s) go down</source>
        <translation>
            <numerusform>Si %1 tombe en panne : %n application s’arrête</numerusform>
            <numerusform>Si %1 tombe en panne : %n applications s’arrêtent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n degrade</source>
        <translation>
            <numerusform>, %n est dégradée</numerusform>
            <numerusform>, %n sont dégradées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n keep running.</source>
        <translation>
            <numerusform>, %n continue de fonctionner.</numerusform>
            <numerusform>, %n continuent de fonctionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(no instances)</source>
        <translation>(aucune instance)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Surviving</source>
        <translation>Survivantes</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>No service loses an instance</source>
        <translation>Aucun service ne perd d’instance</translation>
    </message>
    <message>
        <source>Services that lose instances</source>
        <translation>Services qui perdent des instances</translation>
    </message>
    <message>
        <source>No simulation yet</source>
        <translation>Aucune simulation pour l’instant</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>No service loses an instance when %1 fails.</source>
        <translation type="vanished">Aucun service ne perd d’instance si %1 tombe en panne.</translation>
    </message>
    <message>
        <source>Choose a datacenter, host, region or provider above and press Simulate: the services that would lose instances are charted here.</source>
        <translation type="vanished">Choisissez ci-dessus un centre de données, un hôte, une région ou un fournisseur, puis cliquez sur Simuler : les services qui perdraient des instances s’affichent ici.</translation>
    </message>
</context>
</TS>
