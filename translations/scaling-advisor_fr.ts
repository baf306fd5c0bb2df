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
    <message>
        <source>S&amp;tatus URL:</source>
        <translation>URL d’é&amp;tat :</translation>
    </message>
    <message>
        <source>Empty: the one in the settings</source>
        <translation>Vide : celle des paramètres</translation>
    </message>
    <message>
        <source>This account&apos;s status service URL</source>
        <translation>URL du service d’état de ce compte</translation>
    </message>
    <message>
        <source>Leave empty to keep using it for this session</source>
        <translation>Laisser vide pour continuer à l’utiliser pendant cette session</translation>
    </message>
    <message>
        <source>The status URL is not valid.</source>
        <translation>L’URL d’état n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>AccountSession</name>
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
        <source>Logged out of %1: its secret was deleted. The data on screen stays until you close the window.</source>
        <translation>Déconnecté de %1 : son secret a été supprimé. Les données affichées restent jusqu’à la fermeture de la fenêtre.</translation>
    </message>
    <message>
        <source>Could not sign in to %1: %2 Check the account&apos;s secret.</source>
        <translation>Connexion à %1 impossible : %2 Vérifiez le secret du compte.</translation>
    </message>
    <message>
        <source>The exemptions file could not be read: %1</source>
        <translation>Le fichier des exemptions n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>An exemption needs a reason.</source>
        <translation>Une exemption doit avoir une raison.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 There is no data to show yet. Next try at %2.</source>
        <translation>Actualisation impossible : %1 Aucune donnée à afficher pour l’instant. Prochain essai à %2.</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The data shown was %2. Next try at %3.</source>
        <translation>Actualisation impossible : %1 Données affichées : %2. Prochain essai à %3.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n service(s)…</source>
        <translation>
            <numerusform>Vérification de %n service…</numerusform>
            <numerusform>Vérification de %n services…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplyCommand</name>
    <message>
        <source>%1 %2 → %3 instances</source>
        <translation>%1 %2 → %3 instances</translation>
    </message>
    <message>
        <source>y</source>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>apply changes the account and asks first, but standard input is not a terminal: pass --yes to apply the plan without asking</source>
        <translation>apply modifie le compte et demande d’abord confirmation, mais l’entrée standard n’est pas un terminal : ajoutez --yes pour appliquer le plan sans confirmation</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor apply --help&apos;.</source>
        <translation>Essayez « scaling-advisor apply --help ».</translation>
    </message>
    <message>
        <source>the API key of %1 belongs to a support account: support staff can see a customer&apos;s plan (&apos;scaling-advisor plan --user NAME&apos;) but cannot apply it; the customer applies it with their own key</source>
        <translation>la clé d’API de %1 appartient à un compte de support : le support peut voir le plan d’un client (« scaling-advisor plan --user NOM ») mais pas l’appliquer ; le client l’applique avec sa propre clé</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read, and a plan made on part of it could scale the wrong services: nothing was changed</source>
        <translation>
            <numerusform>%n service du compte n’a pas pu être lu, et un plan établi sur une partie du compte pourrait mettre à l’échelle les mauvais services : rien n’a été modifié</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus, et un plan établi sur une partie du compte pourrait mettre à l’échelle les mauvais services : rien n’a été modifié</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>Apply %n action(s) to the account of %1 at %2? [y/N] </source>
        <translation>
            <numerusform>Appliquer %n action au compte de %1 sur %2 ? [o/N] </numerusform>
            <numerusform>Appliquer %n actions au compte de %1 sur %2 ? [o/N] </numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>[%1/%2] %3 …</source>
        <translation>[%1/%2] %3 …</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Appliqué : %1</translation>
    </message>
    <message>
        <source>Refused: %1: %2</source>
        <translation>Refusé : %1 : %2</translation>
    </message>
    <message>
        <source>Stopping after the action in flight; the actions done stay done.</source>
        <translation>Arrêt après l’action en cours ; les actions déjà faites restent acquises.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 action(s) applied.</source>
        <translation>
            <numerusform>%1 action sur %2 appliquée.</numerusform>
            <numerusform>%1 actions sur %2 appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1: %2</source>
        <translation>Non appliqué : %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled; not started: %1</source>
        <translation>Annulé ; non commencées : %1</translation>
    </message>
    <message>
        <source>Before → after:</source>
        <translation>Avant → après :</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one datacenter: %1 → %2 of %3</source>
        <translation>applications qui survivent à la perte de n’importe quel centre de données : %1 → %2 sur %3</translation>
    </message>
    <message>
        <source>applications that survive the loss of any one host: %1 → %2 of %3</source>
        <translation>applications qui survivent à la perte de n’importe quel hôte : %1 → %2 sur %3</translation>
    </message>
    <message>
        <source>grade: %1 → %2 (score %3 → %4)</source>
        <translation>note : %1 → %2 (score %3 → %4)</translation>
    </message>
    <message>
        <source>the account could not be read again after the plan, so before → after is not known: %1</source>
        <translation>le compte n’a pas pu être relu après le plan, l’avant → après n’est donc pas connu : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of the plan were not applied; the others were.</source>
        <translation>
            <numerusform>%n action du plan n’a pas été appliquée ; les autres l’ont été.</numerusform>
            <numerusform>%n actions du plan n’ont pas été appliquées ; les autres l’ont été.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>exemptions file %1: no such file</source>
        <translation>fichier d’exemptions %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>exemptions file %1 is not valid: %2</source>
        <translation>le fichier d’exemptions %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>Wrote %1: %2 danger, %3 warning, %4 info, %5 exempt; score %6 (%7).</source>
        <translation>%1 écrit : danger %2, avertissement %3, info %4, exemptés %5 ; score %6 (%7).</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the audit covers the rest:</source>
        <translation>
            <numerusform>%n service du compte n’a pas pu être lu ; l’audit couvre le reste :</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus ; l’audit couvre le reste :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2 : %3</translation>
    </message>
</context>
<context>
    <name>CheckedFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--api needs an http:// or https:// URL, got &apos;%1&apos;</source>
        <translation>--api attend une URL http:// ou https://, reçu « %1 »</translation>
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
        <translation>Usage : scaling-advisor [--demo | FICHIER.json]
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
        <translation>Options :
  --demo                    ouvre l’application de bureau sur la plateforme de démonstration
  --help                    affiche cette aide (« scaling-advisor COMMANDE --help » pour une commande)
  --version                 affiche la version

La clé d’API vient de la variable d’environnement SCALING_ADVISOR_API_KEY ou du
trousseau du système (voir « login ») ; aucune option ne prend de secret.

</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Usage :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples :</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;: %2</source>
        <translation>option « %1 » inconnue : %2</translation>
    </message>
    <message>
        <source>open either the demo platform or a snapshot file, not both</source>
        <translation>ouvrez soit la plateforme de démonstration, soit un fichier d’instantané, pas les deux</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a command: write it without dashes</source>
        <translation>« %1 » est une commande : écrivez-la sans tirets</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>option « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>the window opens one snapshot file; unexpected argument &apos;%1&apos;</source>
        <translation>la fenêtre ouvre un seul fichier d’instantané ; argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown --language &apos;%1&apos;: use fr, de or en</source>
        <translation>--language « %1 » inconnu : utilisez fr, de ou en</translation>
    </message>
    <message>
        <source>unknown --fail-on &apos;%1&apos;: use danger, warning, info or never</source>
        <translation>--fail-on « %1 » inconnu : utilisez danger, warning, info ou never</translation>
    </message>
    <message>
        <source>say what fails with exactly one of --fail-datacenter, --fail-host, --fail-region or --fail-provider</source>
        <translation>indiquez ce qui tombe en panne avec une seule option parmi --fail-datacenter, --fail-host, --fail-region et --fail-provider</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json</source>
        <translation>--format « %1 » inconnu : utilisez text ou json</translation>
    </message>
    <message>
        <source>apply scales services on the platform, and a snapshot is a copy on disk that cannot be scaled: use --api URL (or &apos;plan --snapshot FILE&apos; to see the plan)</source>
        <translation>apply met à l’échelle des services sur la plateforme, et un instantané est une copie sur disque qui ne peut pas être mise à l’échelle : utilisez --api URL (ou « plan --snapshot FICHIER » pour voir le plan)</translation>
    </message>
    <message>
        <source>support staff can see a customer&apos;s plan (&apos;plan --user NAME&apos;) but cannot apply it: the customer applies it with their own key</source>
        <translation>le support peut voir le plan d’un client (« plan --user NOM ») mais pas l’appliquer : le client l’applique avec sa propre clé</translation>
    </message>
    <message>
        <source>choose one platform: --api or --demo</source>
        <translation>choisissez une seule plateforme : --api ou --demo</translation>
    </message>
    <message>
        <source>say where to write the snapshot with --output FILE</source>
        <translation>indiquez où écrire l’instantané avec --output FICHIER</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text or json</source>
        <translation>format « %1 » inconnu : utilisez text ou json</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor --help&apos;.</source>
        <translation>Essayez « scaling-advisor --help ».</translation>
    </message>
    <message>
        <source>Try &apos;scaling-advisor %1 --help&apos;.</source>
        <translation>Essayez « scaling-advisor %1 --help ».</translation>
    </message>
    <message>
        <source>platform API to read (default: $SCALING_ADVISOR_API_URL, else the URL of the last login, else https://rest.dotcloud.com)</source>
        <translation>API de la plateforme à lire (par défaut : $SCALING_ADVISOR_API_URL, sinon l’URL de la dernière connexion, sinon https://rest.dotcloud.com)</translation>
    </message>
    <message>
        <source>read a snapshot file instead of the API (offline)</source>
        <translation>lire un fichier d’instantané au lieu de l’API (hors ligne)</translation>
    </message>
    <message>
        <source>read the bundled demo platform, started in-process</source>
        <translation>lire la plateforme de démonstration intégrée, lancée dans le processus</translation>
    </message>
    <message>
        <source>support staff: read the account of customer NAME</source>
        <translation>support : lire le compte du client NOM</translation>
    </message>
    <message>
        <source>allow plain http:// to a host that is not loopback</source>
        <translation>autoriser le http:// non chiffré vers un hôte autre que la boucle locale</translation>
    </message>
    <message>
        <source>write messages and reports in fr, de or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>écrire messages et rapports en fr, de ou en (par défaut : d’après LANGUAGE, LC_ALL, LC_MESSAGES ou LANG)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>write the report to FILE (default: stdout)</source>
        <translation>écrire le rapport dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>exit 3 when a finding is at or above LEVEL: danger (default), warning, info or never; exempt findings do not count</source>
        <translation>sortir avec le code 3 si un constat atteint NIVEAU : danger (par défaut), warning, info ou never ; les constats exemptés ne comptent pas</translation>
    </message>
    <message>
        <source>JSON exemptions file: [{rule, application, service?, reason, expires?}]</source>
        <translation>fichier JSON d’exemptions : [{rule, application, service?, reason, expires?}]</translation>
    </message>
    <message>
        <source>platform CLI named in fix commands (default: dotcloud)</source>
        <translation>outil en ligne de commande de la plateforme cité dans les correctifs (par défaut : dotcloud)</translation>
    </message>
    <message>
        <source>check an account against the scaling rules and write a report</source>
        <translation>vérifier un compte selon les règles de mise à l’échelle et écrire un rapport</translation>
    </message>
    <message>
        <source>Check every application and service of an account against the scaling rules and write a report.</source>
        <translation>Vérifie chaque application et chaque service d’un compte selon les règles de mise à l’échelle et écrit un rapport.</translation>
    </message>
    <message>
        <source>fail one datacenter (e.g. Amazon-us-east-1a)</source>
        <translation>mettre en panne un centre de données (p. ex. Amazon-us-east-1a)</translation>
    </message>
    <message>
        <source>fail one host</source>
        <translation>mettre en panne un hôte</translation>
    </message>
    <message>
        <source>fail a whole region (e.g. us-east-1)</source>
        <translation>mettre en panne une région entière (p. ex. us-east-1)</translation>
    </message>
    <message>
        <source>fail a whole provider (e.g. Amazon)</source>
        <translation>mettre en panne un fournisseur entier (p. ex. Amazon)</translation>
    </message>
    <message>
        <source>text (default) or json</source>
        <translation>text (par défaut) ou json</translation>
    </message>
    <message>
        <source>write the result to FILE (default: stdout)</source>
        <translation>écrire le résultat dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>what if a datacenter, host, region or provider fails?</source>
        <translation>et si un centre de données, un hôte, une région ou un fournisseur tombait en panne ?</translation>
    </message>
    <message>
        <source>Show which services keep running when a datacenter, host, region or provider fails, and the worst single datacenter of each application.</source>
        <translation>Montre quels services continuent de fonctionner si un centre de données, un hôte, une région ou un fournisseur tombe en panne, et le centre de données le plus critique de chaque application.</translation>
    </message>
    <message>
        <source>write the plan to FILE (default: stdout)</source>
        <translation>écrire le plan dans FICHIER (par défaut : la sortie standard)</translation>
    </message>
    <message>
        <source>platform CLI named in the commands (default: dotcloud)</source>
        <translation>outil en ligne de commande de la plateforme cité dans les commandes (par défaut : dotcloud)</translation>
    </message>
    <message>
        <source>the scaling actions that let every application survive a zone</source>
        <translation>les mises à l’échelle qui permettent à chaque application de survivre à la perte d’une zone</translation>
    </message>
    <message>
        <source>Show the smallest set of scaling actions after which every application that scaling can save survives the loss of any one datacenter, each with its command, and the steps that scaling cannot do.</source>
        <translation>Montre le plus petit ensemble de mises à l’échelle après lequel chaque application que la mise à l’échelle peut sauver survit à la perte de n’importe quel centre de données, chacune avec sa commande, ainsi que les étapes que la mise à l’échelle ne peut pas faire.</translation>
    </message>
    <message>
        <source>carry the scaling plan out on the platform, then show before → after</source>
        <translation>appliquer le plan de mise à l’échelle sur la plateforme, puis montrer l’avant → après</translation>
    </message>
    <message>
        <source>Work out the plan, ask once, then scale each service as the platform CLI does (a change of instances, then a deployment), and show how many applications survive any datacenter and the grade, before → after. Without --yes the answer is read from standard input, which must then be a terminal.</source>
        <translation>Établit le plan, demande une fois confirmation, puis met chaque service à l’échelle comme le fait l’outil en ligne de commande de la plateforme (un changement du nombre d’instances, puis un déploiement), et montre combien d’applications survivent à la perte de n’importe quel centre de données ainsi que la note, avant → après. Sans --yes, la réponse est lue sur l’entrée standard, qui doit alors être un terminal.</translation>
    </message>
    <message>
        <source>platform API to change (default: as for audit)</source>
        <translation>API de la plateforme à modifier (par défaut : comme pour audit)</translation>
    </message>
    <message>
        <source>apply to the bundled demo platform, started in-process</source>
        <translation>appliquer à la plateforme de démonstration intégrée, lancée dans le processus</translation>
    </message>
    <message>
        <source>apply without asking</source>
        <translation>appliquer sans demander</translation>
    </message>
    <message>
        <source>not accepted: a snapshot cannot be scaled</source>
        <translation>refusé : un instantané ne peut pas être mis à l’échelle</translation>
    </message>
    <message>
        <source>not accepted: support staff see a customer&apos;s plan but cannot apply it</source>
        <translation>refusé : le support voit le plan d’un client mais ne peut pas l’appliquer</translation>
    </message>
    <message>
        <source>the snapshot file to write (required)</source>
        <translation>le fichier d’instantané à écrire (obligatoire)</translation>
    </message>
    <message>
        <source>save an account&apos;s whole inventory to a file (offline audits)</source>
        <translation>enregistrer tout l’inventaire d’un compte dans un fichier (audits hors ligne)</translation>
    </message>
    <message>
        <source>Save an account&apos;s whole inventory to a snapshot file, for offline audits or for support staff.</source>
        <translation>Enregistre tout l’inventaire d’un compte dans un fichier d’instantané, pour des audits hors ligne ou pour le support.</translation>
    </message>
    <message>
        <source>the platform&apos;s live status and updates</source>
        <translation>l’état actuel de la plateforme et ses mises à jour</translation>
    </message>
    <message>
        <source>Read the platform&apos;s status service once and print it. Exit 0 when the status was read, whatever it says; 1 when it could not be read (level &quot;unknown&quot;).</source>
        <translation>Lit une fois le service d’état de la plateforme et l’affiche. Sort avec 0 si l’état a été lu, quel qu’il soit ; 1 s’il n’a pas pu être lu (niveau « unknown »).</translation>
    </message>
    <message>
        <source>the native Status API base, or a Statuspage page (its root or its /api/v2/summary.json); default: $SCALING_ADVISOR_STATUS_URL, else the status URL set in the application</source>
        <translation>la base de l’API d’état native, ou une page Statuspage (sa racine ou son /api/v2/summary.json) ; par défaut : $SCALING_ADVISOR_STATUS_URL, sinon l’URL d’état définie dans l’application</translation>
    </message>
    <message>
        <source>native, statuspage or auto (default: auto, detected by probing)</source>
        <translation>native, statuspage ou auto (par défaut : auto, détecté en sondant)</translation>
    </message>
    <message>
        <source>accept a plain http:// URL to another computer</source>
        <translation>accepter une URL http:// non chiffrée vers un autre ordinateur</translation>
    </message>
    <message>
        <source>keep credentials for a platform API in the system keychain</source>
        <translation>garder les identifiants d’une API de plateforme dans le trousseau du système</translation>
    </message>
    <message>
        <source>Check credentials against the platform API and keep them in the system keychain. With SCALING_ADVISOR_API_KEY set, that API key is stored; otherwise the password of --username is read from standard input (without echo on a terminal).</source>
        <translation>Vérifie des identifiants auprès de l’API de la plateforme et les garde dans le trousseau du système. Si SCALING_ADVISOR_API_KEY est définie, cette clé d’API est enregistrée ; sinon le mot de passe de --username est lu sur l’entrée standard (sans écho sur un terminal).</translation>
    </message>
    <message>
        <source>platform API to log in to</source>
        <translation>API de la plateforme à laquelle se connecter</translation>
    </message>
    <message>
        <source>log in with this user&apos;s password</source>
        <translation>se connecter avec le mot de passe de cet utilisateur</translation>
    </message>
    <message>
        <source>delete the credentials kept for a platform API</source>
        <translation>supprimer les identifiants gardés pour une API de plateforme</translation>
    </message>
    <message>
        <source>Delete the credentials kept in the keychain for a platform API.</source>
        <translation>Supprime les identifiants gardés dans le trousseau pour une API de plateforme.</translation>
    </message>
    <message>
        <source>platform API to log out of</source>
        <translation>API de la plateforme dont se déconnecter</translation>
    </message>
    <message>
        <source>choose one source: --api, --snapshot or --demo</source>
        <translation>choisissez une seule source : --api, --snapshot ou --demo</translation>
    </message>
    <message>
        <source>--user reads a customer&apos;s account online; it cannot be combined with --snapshot</source>
        <translation>--user lit en ligne le compte d’un client ; il ne peut pas être combiné avec --snapshot</translation>
    </message>
    <message>
        <source>Exit codes:
  0  fine
  1  runtime error (network, authentication, bad data, corrupt snapshot, a failed write, an action the platform refused)
  2  usage error
  3  findings at or above --fail-on (audit)
</source>
        <translation>Codes de sortie :
  0  tout va bien
  1  erreur d’exécution (réseau, authentification, données incorrectes, instantané corrompu, écriture échouée, action refusée par la plateforme)
  2  erreur d’utilisation
  3  constats au niveau de --fail-on ou au-dessus (audit)
</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text, json, csv, markdown, html or pdf</source>
        <translation>--format « %1 » inconnu : utilisez text, json, csv, markdown, html ou pdf</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM; default: $SCALING_ADVISOR_CA_FILE)</source>
        <translation>faire aussi confiance aux certificats d’autorité de FICHIER (PEM ; par défaut : $SCALING_ADVISOR_CA_FILE)</translation>
    </message>
    <message>
        <source>text (default), json, csv, markdown, html or pdf</source>
        <translation>text (par défaut), json, csv, markdown, html ou pdf</translation>
    </message>
    <message>
        <source>also trust the CA certificates in FILE (PEM)</source>
        <translation>faire aussi confiance aux certificats d’autorité de FICHIER (PEM)</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d’écrire sur la sortie standard : %1</translation>
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
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>%1 is not a snapshot this application can read: %2</source>
        <translation>%1 n’est pas un instantané que cette application sait lire : %2</translation>
    </message>
</context>
<context>
    <name>ExemptionList</name>
    <message>
        <source>must name an application, or &quot;*&quot; for all</source>
        <translation>doit nommer une application, ou « * » pour toutes</translation>
    </message>
    <message>
        <source>must say why the finding is accepted</source>
        <translation>doit dire pourquoi le constat est accepté</translation>
    </message>
    <message>
        <source>cannot read the exemptions file %1: %2</source>
        <translation>impossible de lire le fichier d’exemptions %1 : %2</translation>
    </message>
    <message>
        <source>cannot write the exemptions file %1: %2</source>
        <translation>impossible d’écrire le fichier d’exemptions %1 : %2</translation>
    </message>
</context>
<context>
    <name>FindingsDetailPanel</name>
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
        <source>Why this &amp;matters and how to fix it</source>
        <translation>Pourquoi c’est &amp;important et comment corriger</translation>
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
    <name>FollowedFeedsDialog</name>
    <message>
        <source>Other status feeds</source>
        <translation>Autres flux d’état</translation>
    </message>
    <message>
        <source>Follow other services beside the platform: their state is shown in the status details and never changes the platform&apos;s.</source>
        <translation>Suivez d’autres services que la plateforme : leur état s’affiche dans les détails de l’état et ne change jamais celui de la plateforme.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Statuspage page</source>
        <translation>Page Statuspage</translation>
    </message>
    <message>
        <source>RSS or Atom feed</source>
        <translation>Flux RSS ou Atom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Give the feed a name.</source>
        <translation>Donnez un nom au flux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (https://…).</source>
        <translation>« %1 » n’est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>%1 is followed already.</source>
        <translation>%1 est déjà suivi.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>RSS or Atom</source>
        <translation>RSS ou Atom</translation>
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
        <translation>aucun écran (ni DISPLAY ni WAYLAND_DISPLAY n’est défini) : impossible d’ouvrir la fenêtre. La ligne de commande fonctionne sans écran, par exemple « scaling-advisor audit --demo » ; voir « scaling-advisor --help ».</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation>instantané %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>snapshot %1: not a readable file</source>
        <translation>instantané %1 : fichier illisible</translation>
    </message>
    <message>
        <source>cannot start the demo platform: %1</source>
        <translation>impossible de démarrer la plateforme de démonstration : %1</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Instances per data centre</source>
        <translation>Instances par centre de données</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>About this rule: %1 in the Scaling Advisor documentation</source>
        <translation>À propos de cette règle : %1 dans la documentation de Scaling Advisor</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation>Rapport Scaling Advisor pour %1</translation>
    </message>
    <message>
        <source>Will your applications survive the loss of a server or a data centre?</source>
        <translation>Vos applications survivront-elles à la perte d’un serveur ou d’un centre de données ?</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation>Compte %1 · données lues le %2 depuis %3 · rapport rédigé le %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Score %1 out of 100.</source>
        <translation>Score : %1 sur 100.</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation>Certaines parties de vos applications cessent de fonctionner si un seul serveur ou un seul centre de données tombe en panne. La liste ci-dessous indique ce qu’il faut changer en premier.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation>Vos applications survivent à la perte d’un seul serveur, mais certaines fonctionneraient avec trop peu d’instances ou perdraient une partie de leur service de données.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation>Vos applications sont réparties de sorte que la perte d’un serveur ou d’un centre de données ne les arrête pas.</translation>
    </message>
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
            <numerusform>%Ln grave</numerusform>
            <numerusform>%Ln graves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to improve</source>
        <translation>
            <numerusform>%Ln à améliorer</numerusform>
            <numerusform>%Ln à améliorer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln for information</source>
        <translation>
            <numerusform>%Ln pour information</numerusform>
            <numerusform>%Ln pour information</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln accepted</source>
        <translation>
            <numerusform>%Ln accepté</numerusform>
            <numerusform>%Ln acceptés</numerusform>
        </translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Que faire en premier</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation>Rien d’urgent : aucun constat grave et rien à améliorer.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation>Où s’exécutent vos instances</translation>
    </message>
    <message>
        <source>Instances per data centre. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation>Instances par centre de données. Réparties uniformément, la perte de n’importe quel centre de données laisse les autres en service.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Flavor %1</source>
        <translation>Formule %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be down.</source>
        <translation>Si le centre de données %1 tombait en panne, cette application serait hors service.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be degraded.</source>
        <translation>Si le centre de données %1 tombait en panne, cette application serait dégradée.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would be ok.</source>
        <translation>Si le centre de données %1 tombait en panne, cette application continuerait de fonctionner.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu : %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation>Aucun constat pour cette application.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Le compte entier</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>N’a pas pu être lu</translation>
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
    <name>InventorySource</name>
    <message>
        <source>warning: could not cache the snapshot at %1: %2</source>
        <translation>avertissement : impossible de mettre l’instantané en cache dans %1 : %2</translation>
    </message>
    <message>
        <source> (plain http:// is only allowed to a loopback host unless you pass --allow-insecure-http)</source>
        <translation> (le http:// non chiffré n’est autorisé que vers la boucle locale, sauf avec --allow-insecure-http)</translation>
    </message>
    <message>
        <source>; run &apos;scaling-advisor login --api %1&apos; again</source>
        <translation> ; relancez « scaling-advisor login --api %1 »</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>no credentials for %1: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login --api %1&apos; once</source>
        <translation>aucun identifiant pour %1 : définissez SCALING_ADVISOR_API_KEY, ou lancez une fois « scaling-advisor login --api %1 »</translation>
    </message>
    <message>
        <source>cannot read the credentials for %1 from the keychain: %2; set SCALING_ADVISOR_API_KEY instead</source>
        <translation>impossible de lire les identifiants de %1 dans le trousseau : %2 ; définissez plutôt SCALING_ADVISOR_API_KEY</translation>
    </message>
    <message>
        <source>
The last good data of %1 is cached: &apos;scaling-advisor audit --snapshot %2&apos; audits it offline.</source>
        <translation>
Les dernières données valides de %1 sont en cache : « scaling-advisor audit --snapshot %2 » les audite hors ligne.</translation>
    </message>
    <message>
        <source>snapshot %1: no such file</source>
        <translation>instantané %1 : fichier introuvable</translation>
    </message>
    <message>
        <source>snapshot %1 is not a valid snapshot: %2</source>
        <translation>%1 n’est pas un instantané valide : %2</translation>
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
    <name>JsonReader</name>
    <message>
        <source>%1: %2 bytes is more than the %3-byte limit</source>
        <translation>%1 : %2 octets dépassent la limite de %3 octets</translation>
    </message>
    <message>
        <source>%1: empty, expected JSON</source>
        <translation>%1 : vide, JSON attendu</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation>%1 : JSON mal formé à l’octet %2 : %3</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, reçu %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>« %1 » ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>entier attendu, reçu %1</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>doit valoir au moins %1, reçu %2</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>doit valoir au plus %1, reçu %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time</source>
        <translation>« %1 » n’est pas une date et heure ISO 8601</translation>
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
    <name>LoginCommand</name>
    <message>
        <source>login needs --username NAME (its password is then read from standard input), or an API key in SCALING_ADVISOR_API_KEY</source>
        <translation>login attend --username NOM (son mot de passe est alors lu sur l’entrée standard), ou une clé d’API dans SCALING_ADVISOR_API_KEY</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Mot de passe de %1 sur %2 : </translation>
    </message>
    <message>
        <source>no password given</source>
        <translation>aucun mot de passe saisi</translation>
    </message>
    <message>
        <source> (plain http:// is only allowed to a loopback host unless you pass --allow-insecure-http)</source>
        <translation> (le http:// non chiffré n’est autorisé que vers la boucle locale, sauf avec --allow-insecure-http)</translation>
    </message>
    <message>
        <source>cannot log in to %1: %2</source>
        <translation>connexion à %1 impossible : %2</translation>
    </message>
    <message>
        <source>logged in as %1, but cannot keep the credentials: %2. Set SCALING_ADVISOR_API_KEY for each command instead</source>
        <translation>connecté en tant que %1, mais impossible de garder les identifiants : %2. Définissez plutôt SCALING_ADVISOR_API_KEY pour chaque commande</translation>
    </message>
    <message>
        <source>Logged in to %1 as %2 (%3), account &quot;%4&quot;. The credentials are in the system keychain; the window uses the same account.</source>
        <translation>Connecté à %1 en tant que %2 (%3), compte « %4 ». Les identifiants sont dans le trousseau du système ; la fenêtre utilise le même compte.</translation>
    </message>
</context>
<context>
    <name>LogoutCommand</name>
    <message>
        <source>cannot delete the credentials of %1: %2</source>
        <translation>impossible de supprimer les identifiants de %1 : %2</translation>
    </message>
    <message>
        <source>Logged out of %1: no credentials for it remain in the keychain.</source>
        <translation>Déconnecté de %1 : plus aucun identifiant pour cette API ne reste dans le trousseau.</translation>
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
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>Mettre à l’éc&amp;helle…</translation>
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
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Refresh cancelled.</source>
        <translation>Actualisation annulée.</translation>
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
        <source>Score %1/100</source>
        <translation>Score %1/100</translation>
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
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>%1 — Scaling Advisor</source>
        <translation>%1 — Scaling Advisor</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>Pas encore de données</translation>
    </message>
    <message>
        <source>%1/%2 has no finding: nothing to fix there.</source>
        <translation>%1/%2 n’a aucun constat : rien à corriger.</translation>
    </message>
    <message>
        <source>%1 has no finding: nothing to fix there.</source>
        <translation>%1 n’a aucun constat : rien à corriger.</translation>
    </message>
    <message>
        <source>No finding matches the filter.</source>
        <translation>Aucun constat ne correspond au filtre.</translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
    <message>
        <source>Next or previous control</source>
        <translation>Contrôle suivant ou précédent</translation>
    </message>
    <message>
        <source>The Findings, Placement and What if tabs</source>
        <translation>Les onglets Constats, Répartition et Et si</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Rapport Scaling Advisor</translation>
    </message>
    <message>
        <source>- Account: %1
- Source: %2
- Data read: %3
- Generated: %4</source>
        <translation>- Compte : %1
- Source : %2
- Données lues : %3
- Produit le : %4</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>applications</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instances</translation>
    </message>
    <message>
        <source>danger</source>
        <translation>danger</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>exempt</source>
        <translation>exempté</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Exempt:</source>
        <translation>Exempté :</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correctif :</translation>
    </message>
    <message>
        <source>About this rule</source>
        <translation>À propos de cette règle</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>N’ont pas pu être lus</translation>
    </message>
</context>
<context>
    <name>OptionParser</name>
    <message>
        <source>secrets are never taken on the command line: set SCALING_ADVISOR_API_KEY, or run &apos;scaling-advisor login&apos; once to keep them in the system keychain</source>
        <translation>les secrets ne sont jamais pris sur la ligne de commande : définissez SCALING_ADVISOR_API_KEY, ou lancez une fois « scaling-advisor login » pour les garder dans le trousseau du système</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;: %2</source>
        <translation>option « --%1 » inconnue : %2</translation>
    </message>
    <message>
        <source>unknown option &apos;--%1&apos;</source>
        <translation>option « --%1 » inconnue</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; given twice</source>
        <translation>option « --%1 » donnée deux fois</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; takes no value</source>
        <translation>l’option « --%1 » ne prend pas de valeur</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a value (%2)</source>
        <translation>l’option « --%1 » attend une valeur (%2)</translation>
    </message>
    <message>
        <source>option &apos;--%1&apos; needs a non-empty value</source>
        <translation>l’option « --%1 » attend une valeur non vide</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>the whole account</source>
        <translation>le compte entier</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Accepté : %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire :</translation>
    </message>
    <message>
        <source>About this rule: %1</source>
        <translation>À propos de cette règle : %1</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>score %1/100</source>
        <translation>score %1/100</translation>
    </message>
    <message>
        <source>Some parts of your applications stop working if a single server or data centre fails. The list below says what to change first.</source>
        <translation>Certaines parties de vos applications cessent de fonctionner si un seul serveur ou un seul centre de données tombe en panne. La liste ci-dessous indique ce qu’il faut changer en premier.</translation>
    </message>
    <message>
        <source>Your applications survive the loss of a single server, but some would run short-handed or lose part of their data service.</source>
        <translation>Vos applications survivent à la perte d’un seul serveur, mais certaines fonctionneraient avec trop peu d’instances ou perdraient une partie de leur service de données.</translation>
    </message>
    <message>
        <source>Your applications are spread so that the loss of one server or one data centre does not stop them.</source>
        <translation>Vos applications sont réparties de sorte que la perte d’un serveur ou d’un centre de données ne les arrête pas.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>The account&apos;s size, e.g. &quot;12 applications, 29 services, 59 instances&quot;</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
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
    <message>
        <source>Findings: %1 serious, %2 to improve, %3 for information, %4 accepted.</source>
        <translation>Constats : %1 graves, %2 à améliorer, %3 pour information, %4 acceptés.</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu : %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <extracomment>instances in one datacenter, e.g. &quot;2 × Amazon-us-east-1a&quot;</extracomment>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation>Formule : %1</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would stop.</source>
        <translation>Si le centre de données %1 tombait en panne, cette application s’arrêterait.</translation>
    </message>
    <message>
        <source>If data centre %1 failed, this application would keep running with fewer instances.</source>
        <translation>Si le centre de données %1 tombait en panne, cette application continuerait de fonctionner avec moins d’instances.</translation>
    </message>
    <message>
        <source>The loss of any one data centre, %1 included, leaves this application running.</source>
        <translation>La perte de n’importe quel centre de données, %1 compris, laisse cette application en service.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>No findings for this application.</source>
        <translation>Aucun constat pour cette application.</translation>
    </message>
    <message>
        <source>Scaling Advisor report</source>
        <translation>Rapport Scaling Advisor</translation>
    </message>
    <message>
        <source>Account %1 · data read %2 from %3 · report written %4</source>
        <translation>Compte %1 · données lues le %2 depuis %3 · rapport rédigé le %4</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>What to do first</source>
        <translation>Que faire en premier</translation>
    </message>
    <message>
        <source>Nothing urgent: no serious finding and nothing to improve.</source>
        <translation>Rien d’urgent : aucun constat grave et rien à améliorer.</translation>
    </message>
    <message>
        <source>Where your instances run</source>
        <translation>Où s’exécutent vos instances</translation>
    </message>
    <message>
        <source>Instances per data centre, coloured by application. Spread evenly, the loss of any one data centre leaves the others running.</source>
        <translation>Instances par centre de données, colorées par application. Réparties uniformément, la perte de n’importe quel centre de données laisse les autres en service.</translation>
    </message>
    <message>
        <source>The whole account</source>
        <translation>Le compte entier</translation>
    </message>
    <message>
        <source>Service types the advisor does not know, treated as stateless: %1</source>
        <translation>Types de service inconnus de l’outil, traités comme sans état : %1</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>N’a pas pu être lu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of the application.</source>
        <translation>Un rapport PDF a besoin de la partie graphique de l’application.</translation>
    </message>
    <message>
        <source>Cannot draw the report pages.</source>
        <translation>Impossible de dessiner les pages du rapport.</translation>
    </message>
    <message>
        <source>Cannot start page %1 of the report.</source>
        <translation>Impossible de commencer la page %1 du rapport.</translation>
    </message>
    <message>
        <source>Scaling Advisor report for %1</source>
        <translation>Rapport Scaling Advisor pour %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation>Le rapport PDF est vide.</translation>
    </message>
</context>
<context>
    <name>PlacementChartView</name>
    <message>
        <source>Zones of %1 (%2)</source>
        <translation>Zones de %1 (%2)</translation>
    </message>
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
    <message numerus="yes">
        <source>Wrote %1: %n scaling action(s).</source>
        <translation>
            <numerusform>%1 écrit : %n mise à l’échelle.</numerusform>
            <numerusform>%1 écrit : %n mises à l’échelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the account could not be read; the plan covers the rest:</source>
        <translation>
            <numerusform>%n service du compte n’a pas pu être lu ; le plan couvre le reste :</numerusform>
            <numerusform>%n services du compte n’ont pas pu être lus ; le plan couvre le reste :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>The account has no application: there is nothing to plan.</source>
        <translation>Le compte n’a aucune application : il n’y a rien à planifier.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter: nothing to scale.</source>
        <translation>
            <numerusform>L’application (%Ln) survit à la perte de n’importe quel centre de données : rien à mettre à l’échelle.</numerusform>
            <numerusform>Les %Ln applications survivent toutes à la perte de n’importe quel centre de données : rien à mettre à l’échelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; no scaling would save another.</source>
        <translation>
            <numerusform>Applications qui survivent aujourd’hui à la perte de n’importe quel centre de données : %1 sur %Ln ; aucune mise à l’échelle n’en sauverait une autre.</numerusform>
            <numerusform>Applications qui survivent aujourd’hui à la perte de n’importe quel centre de données : %1 sur %Ln ; aucune mise à l’échelle n’en sauverait une autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now %1 of %Ln applications survive the loss of any one datacenter; after the plan, %2 would.</source>
        <translation>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln aujourd’hui, %2 après le plan.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln aujourd’hui, %2 après le plan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scaling plan</source>
        <translation>Plan de mise à l’échelle</translation>
    </message>
    <message numerus="yes">
        <source>%Ln actions, each a change of instances followed by a deployment:</source>
        <translation>
            <numerusform>%Ln action, un changement du nombre d’instances suivi d’un déploiement :</numerusform>
            <numerusform>%Ln actions, chacune un changement du nombre d’instances suivi d’un déploiement :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2: %3 → %4 instances; saves %5</source>
        <translation>%1/%2 : %3 → %4 instances ; sauve %5</translation>
    </message>
    <message numerus="yes">
        <source>What scaling cannot fix (%Ln manual steps):</source>
        <translation>
            <numerusform>Ce que la mise à l’échelle ne peut pas corriger (%Ln étape manuelle) :</numerusform>
            <numerusform>Ce que la mise à l’échelle ne peut pas corriger (%Ln étapes manuelles) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Scaling &amp;actions</source>
        <translation>&amp;Mises à l’échelle</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>Saves</source>
        <translation>Sauve</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Manual steps (scaling cannot fix these)</source>
        <translation>Étapes &amp;manuelles (la mise à l’échelle ne peut pas les corriger)</translation>
    </message>
    <message>
        <source>Application / service</source>
        <translation>Application / service</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>A&amp;pply the Plan…</source>
        <translation>A&amp;ppliquer le plan…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Scaling actions of the plan</source>
        <translation>Mises à l’échelle du plan</translation>
    </message>
    <message>
        <source>Manual steps</source>
        <translation>Étapes manuelles</translation>
    </message>
    <message>
        <source>Scale the services of the plan, one after the other</source>
        <translation>Mettre à l’échelle les services du plan, l’un après l’autre</translation>
    </message>
    <message>
        <source>This is a support account: the plan is shown so that you can walk the customer through it, and only the customer&apos;s own account can apply it (the platform refuses scaling from support accounts).</source>
        <translation>Ceci est un compte de support : le plan est affiché pour que vous puissiez le présenter au client pas à pas, et seul le compte du client peut l’appliquer (la plateforme refuse les mises à l’échelle depuis un compte de support).</translation>
    </message>
    <message>
        <source>This data is not from a live account (a snapshot, or no account yet): open the account itself to apply the plan.</source>
        <translation>Ces données ne viennent pas d’un compte en ligne (un instantané, ou pas encore de compte) : ouvrez le compte lui-même pour appliquer le plan.</translation>
    </message>
    <message>
        <source>No applications: nothing to plan.</source>
        <translation>Aucune application : rien à planifier.</translation>
    </message>
    <message>
        <source>Scaling cannot improve this: every application that scaling can save already survives the loss of any one datacenter.</source>
        <translation>La mise à l’échelle ne peut rien améliorer : chaque application qu’elle peut sauver survit déjà à la perte de n’importe quel centre de données.</translation>
    </message>
    <message numerus="yes">
        <source>After the plan, %1 of %n application(s) would survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>Après le plan, applications qui survivraient à la perte de n’importe quel centre de données : %1 sur %n.</numerusform>
            <numerusform>Après le plan, applications qui survivraient à la perte de n’importe quel centre de données : %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>What it changes: %1 Each application is deployed again after the change of its instances, which places them afresh; memory and code stay as they are.</source>
        <extracomment>%1 is a sentence like &quot;It scales 4 services in 3 applications.&quot;</extracomment>
        <translation>Ce que cela change : %1 Chaque application est redéployée après le changement de ses instances, ce qui les replace ; la mémoire et le code restent tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>It scales %n service(s) in %1.</source>
        <translation>
            <numerusform>Il met à l’échelle %n service dans %1.</numerusform>
            <numerusform>Il met à l’échelle %n services dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Manual steps: none</source>
        <translation>Étapes &amp;manuelles : aucune</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Manual steps, which scaling cannot do (%n)</source>
        <translation>
            <numerusform>Étapes &amp;manuelles, que la mise à l’échelle ne peut pas faire (%n)</numerusform>
            <numerusform>Étapes &amp;manuelles, que la mise à l’échelle ne peut pas faire (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the plan</source>
        <translation>Appliquer le plan</translation>
    </message>
    <message numerus="yes">
        <source>Scale %n service(s) of %1 now?</source>
        <translation>
            <numerusform>Mettre à l’échelle %n service de %1 maintenant ?</numerusform>
            <numerusform>Mettre à l’échelle %n services de %1 maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>The services are scaled one after the other, each followed by a deployment of its application, as the platform&apos;s command line does. Cancel stops before the next one; what is done stays done.</source>
        <translation>Les services sont mis à l’échelle l’un après l’autre, chacun suivi d’un déploiement de son application, comme le fait l’outil en ligne de commande de la plateforme. Annuler s’arrête avant le suivant ; ce qui est fait reste acquis.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>Cancelling: the action in progress finishes, no other starts.</source>
        <translation>Annulation : l’action en cours se termine, aucune autre ne démarre.</translation>
    </message>
    <message>
        <source>scaling…</source>
        <translation>mise à l’échelle…</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n instance(s) (%2 of %3)…</source>
        <translation>
            <numerusform>Mise à l’échelle de %1 à %n instance (%2 sur %3)…</numerusform>
            <numerusform>Mise à l’échelle de %1 à %n instances (%2 sur %3)…</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>Applications that survive the loss of any one datacenter: %1 → %2 of %3. Grade: %4 → %5.</source>
        <translation>Applications qui survivent à la perte de n’importe quel centre de données : %1 → %2 sur %3. Note : %4 → %5.</translation>
    </message>
    <message>
        <source>The account could not be read again (%1): refresh it to see before → after.</source>
        <translation>Le compte n’a pas pu être relu (%1) : actualisez-le pour voir l’avant → après.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) applied.</source>
        <translation>
            <numerusform>%n action appliquée.</numerusform>
            <numerusform>%n actions appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n action(s) not started (%1).</source>
        <translation>
            <numerusform>Annulé : %n action non commencée (%1).</numerusform>
            <numerusform>Annulé : %n actions non commencées (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Fait : %1 (%2 → %n instance) : %3</numerusform>
            <numerusform>Fait : %1 (%2 → %n instances) : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %1 (%2 → %n instance(s)): %3</source>
        <translation>
            <numerusform>Refusé : %1 (%2 → %n instance) : %3</numerusform>
            <numerusform>Refusé : %1 (%2 → %n instances) : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Sca&amp;ling actions: none needed</source>
        <translation>Mi&amp;ses à l’échelle : aucune nécessaire</translation>
    </message>
    <message numerus="yes">
        <source>Sca&amp;ling actions (%n)</source>
        <translation>
            <numerusform>Mi&amp;se à l’échelle (%n)</numerusform>
            <numerusform>Mi&amp;ses à l’échelle (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformAuthenticator</name>
    <message>
        <source>the answer has no &quot;token&quot; (the token endpoint), so signing in with a password is not possible</source>
        <translation>la réponse n’a pas de « token » (le point de terminaison du jeton) : la connexion par mot de passe est impossible</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la réponse n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The saved sign-in has expired. Please sign in again.</source>
        <translation>La connexion enregistrée a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>The platform did not accept the username or password. Please check them and sign in again.</source>
        <translation>La plateforme n’a pas accepté le nom d’utilisateur ou le mot de passe. Vérifiez-les et reconnectez-vous.</translation>
    </message>
    <message>
        <source>the token answer has no &quot;access_token&quot;</source>
        <translation>la réponse du jeton n’a pas d’« access_token »</translation>
    </message>
    <message>
        <source>the token answer is not a JSON object</source>
        <translation>la réponse du jeton n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>the token is of type &quot;%1&quot;, not &quot;bearer&quot;</source>
        <translation>le jeton est de type « %1 », pas « bearer »</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>The platform API URL &quot;%1&quot; is not a valid URL.</source>
        <translation>L’URL de l’API de la plateforme « %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The platform API URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L’URL de l’API de la plateforme doit commencer par https:// (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation>Refus d’envoyer des identifiants en http:// non chiffré à %1 : utilisez https://, ou ajoutez --allow-insecure-http si vous acceptez que n’importe qui sur le réseau puisse les lire.</translation>
    </message>
    <message>
        <source>Another request to the platform is in progress.</source>
        <translation>Une autre requête vers la plateforme est en cours.</translation>
    </message>
    <message>
        <source>No credentials: sign in with an API key or a username and password.</source>
        <translation>Aucun identifiant : connectez-vous avec une clé d’API ou un nom d’utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>The platform changed %1 to %2 instance(s), but did not deploy %3: %4</source>
        <translation>La plateforme a passé %1 à %2 instance(s), mais n’a pas déployé %3 : %4</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted: %1 now has %n instance(s).</source>
        <translation>
            <numerusform>La plateforme a accepté : %1 a maintenant %n instance.</numerusform>
            <numerusform>La plateforme a accepté : %1 a maintenant %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformErrorMapper</name>
    <message>
        <source>(after 1 retry)</source>
        <translation>(après 1 nouvelle tentative)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(après %n nouvelle tentative)</numerusform>
            <numerusform>(après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unreadable answer from the platform to %1: %2</source>
        <translation>Réponse illisible de la plateforme à %1 : %2</translation>
    </message>
    <message>
        <source>The platform API is in maintenance mode. Please try again later.</source>
        <translation>L’API de la plateforme est en maintenance. Veuillez réessayer plus tard.</translation>
    </message>
    <message>
        <source>The platform did not accept the credentials (401)%1. Please sign in again.</source>
        <translation>La plateforme n’a pas accepté les identifiants (401)%1. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Access denied by the platform for %1 (403)%2.</source>
        <translation>Accès refusé par la plateforme pour %1 (403)%2.</translation>
    </message>
    <message>
        <source>Not found on the platform: %1 (404)%2.</source>
        <translation>Introuvable sur la plateforme : %1 (404)%2.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429): try again in %1 s.</source>
        <translation>La plateforme limite les requêtes (429) : réessayez dans %1 s.</translation>
    </message>
    <message>
        <source>The platform is limiting requests (429)%1.</source>
        <translation>La plateforme limite les requêtes (429)%1.</translation>
    </message>
    <message>
        <source>The platform refused %1 (%2)%3.</source>
        <translation>La plateforme a refusé %1 (%2)%3.</translation>
    </message>
    <message>
        <source>The platform failed to answer %1 (HTTP %2)%3.</source>
        <translation>La plateforme n’a pas pu répondre à %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Unexpected answer from the platform to %1 (HTTP %2)%3.</source>
        <translation>Réponse inattendue de la plateforme à %1 (HTTP %2)%3.</translation>
    </message>
    <message>
        <source>Could not reach the platform at %1: %2</source>
        <translation>Impossible de joindre la plateforme à %1 : %2</translation>
    </message>
</context>
<context>
    <name>PlatformSim</name>
    <message>
        <source>Usage: platform-sim (--demo | --dataset FILE | --generate N | --db FILE) [OPTIONS]</source>
        <translation>Usage : platform-sim (--demo | --dataset FICHIER | --generate N | --db FICHIER) [OPTIONS]</translation>
    </message>
    <message>
        <source>The reference platform: serves the Platform API and the Status API on 127.0.0.1 from a dataset, backed by SQLite. The first line printed is one JSON object with the URLs, the admin token and the users.</source>
        <translation>La plateforme de référence : sert l’API de la plateforme et l’API d’état sur 127.0.0.1 à partir d’un jeu de données, stocké dans SQLite. La première ligne affichée est un objet JSON avec les URL, le jeton d’administration et les utilisateurs.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Exit codes:
  0  stopped by SIGINT or SIGTERM
  1  could not start (bad dataset, port in use)
  2  usage error
</source>
        <translation>Codes de sortie :
  0  arrêté par SIGINT ou SIGTERM
  1  démarrage impossible (jeu de données incorrect, port occupé)
  2  erreur d’utilisation
</translation>
    </message>
    <message>
        <source>serve the dataset FILE</source>
        <translation>servir le jeu de données FICHIER</translation>
    </message>
    <message>
        <source>keep the database in FILE between runs (reused when no dataset is given)</source>
        <translation>garder la base de données dans FICHIER entre deux exécutions (réutilisée si aucun jeu de données n’est donné)</translation>
    </message>
    <message>
        <source>serve the bundled demo dataset</source>
        <translation>servir le jeu de données de démonstration intégré</translation>
    </message>
    <message>
        <source>serve a generated dataset of N applications</source>
        <translation>servir un jeu de données généré de N applications</translation>
    </message>
    <message>
        <source>seed of the generated dataset (default 1)</source>
        <translation>graine du jeu de données généré (par défaut 1)</translation>
    </message>
    <message>
        <source>Platform API port (default 0: any free port)</source>
        <translation>port de l’API de la plateforme (par défaut 0 : n’importe quel port libre)</translation>
    </message>
    <message>
        <source>Status API port (default 0: any free port)</source>
        <translation>port de l’API d’état (par défaut 0 : n’importe quel port libre)</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>afficher cette aide</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Try &apos;platform-sim --help&apos;.</source>
        <translation>Essayez « platform-sim --help ».</translation>
    </message>
    <message>
        <source>--generate needs a positive number of applications</source>
        <translation>--generate attend un nombre positif d’applications</translation>
    </message>
    <message>
        <source>--seed needs a number</source>
        <translation>--seed attend un nombre</translation>
    </message>
    <message>
        <source>--port needs a port number</source>
        <translation>--port attend un numéro de port</translation>
    </message>
    <message>
        <source>--status-port needs a port number</source>
        <translation>--status-port attend un numéro de port</translation>
    </message>
    <message>
        <source>give only one of --dataset, --demo and --generate</source>
        <translation>donnez une seule option parmi --dataset, --demo et --generate</translation>
    </message>
    <message>
        <source>give --dataset FILE, --demo, --generate N or an existing --db FILE</source>
        <translation>donnez --dataset FICHIER, --demo, --generate N ou un --db FICHIER existant</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message numerus="yes">
        <source>%n other application(s)</source>
        <translation>
            <numerusform>%n autre application</numerusform>
            <numerusform>%n autres applications</numerusform>
        </translation>
    </message>
    <message>
        <source>instances</source>
        <translation>instances</translation>
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
</context>
<context>
    <name>ReportParts</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>(account)</source>
        <translation>(compte)</translation>
    </message>
    <message>
        <source>EXEMPT</source>
        <translation>EXEMPTÉ</translation>
    </message>
    <message>
        <source>DANGER</source>
        <translation>DANGER</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>AVERTISSEMENT</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>INFO</translation>
    </message>
    <message>
        <source>%1 danger, %2 warning, %3 info, %4 exempt; %5 applications, %6 services, %7 instances</source>
        <translation>danger : %1, avertissement : %2, info : %3, exemptés : %4 ; applications : %5, services : %6, instances : %7</translation>
    </message>
    <message>
        <source>Score %1/100, grade %2</source>
        <translation>Score %1/100, note %2</translation>
    </message>
    <message>
        <source>No findings: every service survives the loss of one host or zone.</source>
        <translation>Aucun constat : chaque service survit à la perte d’un hôte ou d’une zone.</translation>
    </message>
    <message>
        <source>Unknown service types, treated as stateless: %1</source>
        <translation>Types de service inconnus, traités comme sans état : %1</translation>
    </message>
    <message>
        <source>Could not be read (no placement rules were applied to them)</source>
        <translation>N’ont pas pu être lus (aucune règle de répartition ne leur a été appliquée)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>serious</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>to improve</source>
        <translation>à améliorer</translation>
    </message>
    <message>
        <source>for information</source>
        <translation>pour information</translation>
    </message>
</context>
<context>
    <name>RequestLayer</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier d’autorités de certification %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier d’autorités de certification %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (got &quot;%1&quot;).</source>
        <translation>L’URL doit commencer par https:// (reçu « %1 »).</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: use https://, or pass --allow-insecure-http if you accept that anyone on the network can read them.</source>
        <translation>Refus d’envoyer des identifiants en http:// non chiffré à %1 : utilisez https://, ou ajoutez --allow-insecure-http si vous acceptez que n’importe qui sur le réseau puisse les lire.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 (%3).</source>
        <translation>%1 n’a pas répondu dans les %2 (%3).</translation>
    </message>
    <message>
        <source>(unknown proxy)</source>
        <translation>(proxy inconnu)</translation>
    </message>
    <message numerus="yes">
        <source>(after %n retries)</source>
        <translation>
            <numerusform>(après %n nouvelle tentative)</numerusform>
            <numerusform>(après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 (%3).</source>
        <translation>Connexion à %1 impossible dans les %2 (%3).</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than the %3 limit.</source>
        <translation>La réponse de %1 à %2 dépasse la limite de %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not establish a secure connection to %1 (%2): %3</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1: it refused the connection (is it running?). %2 was not reached.</source>
        <translation>Connexion au proxy %1 impossible : il a refusé la connexion (est-il démarré ?). %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 was not found (unknown host). %2 was not reached.</source>
        <translation>Le proxy %1 est introuvable (hôte inconnu). %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 did not answer in time. %2 was not reached.</source>
        <translation>Le proxy %1 n’a pas répondu à temps. %2 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a username and password (407): give them in the proxy settings, or in the proxy URL (http://user:password@host:port).</source>
        <translation>Le proxy %1 demande un nom d’utilisateur et un mot de passe (407) : indiquez-les dans les paramètres du proxy ou dans son URL (http://utilisateur:motdepasse@hôte:port).</translation>
    </message>
    <message>
        <source>The proxy %1 did not let the request to %2 through (%3): %4</source>
        <translation>Le proxy %1 n’a pas laissé passer la requête vers %2 (%3) : %4</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 was cut short: %3 of %4 bytes arrived.</source>
        <translation>La réponse de %1 à %2 a été interrompue : %3 octets sur %4 sont arrivés.</translation>
    </message>
    <message>
        <source>Could not connect to the proxy %1 (%2). %3 was not reached.</source>
        <translation>Connexion au proxy %1 impossible (%2). %3 n’a pas été atteint.</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2): %3</source>
        <translation>Impossible de joindre %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3) without a valid Location.</source>
        <translation>%1 a redirigé %2 (HTTP %3) sans en-tête Location valide.</translation>
    </message>
    <message>
        <source>Too many redirects for %1.</source>
        <translation>Trop de redirections pour %1.</translation>
    </message>
    <message>
        <source>%1 redirected %2 to another site (%3); not followed.</source>
        <translation>%1 a redirigé %2 vers un autre site (%3) ; redirection non suivie.</translation>
    </message>
    <message>
        <source>%1 redirected %2 (HTTP %3); not followed.</source>
        <translation>%1 a redirigé %2 (HTTP %3) ; redirection non suivie.</translation>
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
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>(after 1 retry)</source>
        <translation>(après 1 nouvelle tentative)</translation>
    </message>
</context>
<context>
    <name>Resilience</name>
    <message numerus="yes">
        <source>%Ln more</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>The account has no application.</source>
        <translation>Le compte n’a aucune application.</translation>
    </message>
    <message>
        <source>The application survives the loss of any one datacenter.</source>
        <translation>L’application survit à la perte de n’importe quel centre de données.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>L’application (%Ln) survit à la perte de n’importe quel centre de données.</numerusform>
            <numerusform>Les %Ln applications survivent toutes à la perte de n’importe quel centre de données.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter.</source>
        <translation>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one datacenter; %2 would go down.</source>
        <translation>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln ; hors service : %2.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel centre de données : %1 sur %Ln ; hors service : %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>L’application (%Ln) survit à la perte de n’importe quel hôte.</numerusform>
            <numerusform>Les %Ln applications survivent toutes à la perte de n’importe quel hôte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln applications survive the loss of any one host.</source>
        <translation>
            <numerusform>Applications qui survivent à la perte de n’importe quel hôte : %1 sur %Ln.</numerusform>
            <numerusform>Applications qui survivent à la perte de n’importe quel hôte : %1 sur %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not serving right now: %1.</source>
        <translation>Ne répondent pas en ce moment : %1.</translation>
    </message>
    <message>
        <source>Survival not known, the placement could not be read: %1.</source>
        <translation>Survie inconnue, la répartition n’a pas pu être lue : %1.</translation>
    </message>
</context>
<context>
    <name>RulesEngine</name>
    <message numerus="yes">
        <source>%Ln open danger findings cap the grade at D; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln constat de danger ouvert limite la note à D ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
            <numerusform>%Ln constats de danger ouverts limitent la note à D ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open warnings cap the grade at B; the score, %1/100, orders accounts within a grade.</source>
        <translation>
            <numerusform>%Ln avertissement ouvert limite la note à B ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
            <numerusform>%Ln avertissements ouverts limitent la note à B ; le score, %1/100, classe les comptes au sein d’une même note.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open danger and no open warning: the grade follows the score, %1/100.</source>
        <translation>Aucun danger ni avertissement ouvert : la note suit le score, %1/100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a sandbox application. Sandbox applications cannot be scaled, hibernate when idle and run on a best-effort cluster, so every service of it has a single instance: when its host or zone goes, the whole application goes with it. The flavor is fixed when the application is created and cannot be changed after the first push.</source>
        <translation>« %1 » est une application sandbox. Les applications sandbox ne peuvent pas être mises à l’échelle, se mettent en veille quand elles sont inactives et s’exécutent sur un cluster sans garantie, si bien que chacun de leurs services n’a qu’une seule instance : quand son hôte ou sa zone tombe, toute l’application tombe avec. La formule est fixée à la création de l’application et ne peut plus être changée après le premier push.</translation>
    </message>
    <message>
        <source>%1 (%2) cannot be made highly available by scaling: the platform runs it as one instance only, so when its host or zone goes the data service goes with it, and everything that depends on it stops.</source>
        <translation>%1 (%2) ne peut pas être rendu hautement disponible par la mise à l’échelle : la plateforme ne l’exécute qu’en une seule instance, si bien que quand son hôte ou sa zone tombe, le service de données tombe avec, et tout ce qui en dépend s’arrête.</translation>
    </message>
    <message>
        <source>%1 of the %2 instances of %3 are in %4 (at most %5 would be there if they were spread over %6 datacenters): when %4 fails, %3 loses %1 of %2 at once and the rest may not carry the load.</source>
        <translation>%1 des %2 instances de %3 sont dans %4 (il y en aurait au plus %5 si elles étaient réparties sur %6 centres de données) : quand %4 tombe en panne, %3 en perd %1 sur %2 d’un coup et les autres risquent de ne pas supporter la charge.</translation>
    </message>
    <message>
        <source>No instance of %1 is up (%2): the service is not answering right now.</source>
        <translation>Aucune instance de %1 n’est en marche (%2) : le service ne répond pas en ce moment.</translation>
    </message>
    <message>
        <source>%1 exposes TCP/UDP ports (%2). The platform balances HTTP across instances, but not TCP or UDP: each such port reaches one instance, and clients must switch to another instance themselves when its host or zone goes.</source>
        <translation>%1 expose des ports TCP/UDP (%2). La plateforme répartit le HTTP entre les instances, mais pas le TCP ni l’UDP : chacun de ces ports n’atteint qu’une instance, et les clients doivent basculer eux-mêmes vers une autre instance quand son hôte ou sa zone tombe.</translation>
    </message>
    <message>
        <source>Have clients know every instance&apos;s address and retry on another one, or serve the protocol over HTTP so that the platform balances it.</source>
        <translation>Faites connaître aux clients l’adresse de chaque instance pour qu’ils réessaient sur une autre, ou servez le protocole sur HTTP pour que la plateforme le répartisse.</translation>
    </message>
    <message>
        <source>Every instance of the account runs in one region, %1 of %2. Zones protect against the loss of one datacenter, not of the whole region: a region-wide outage takes every application down at once.</source>
        <translation>Toutes les instances du compte s’exécutent dans une seule région, %1 de %2. Les zones protègent contre la perte d’un centre de données, pas de la région entière : une panne de toute la région arrête toutes les applications d’un coup.</translation>
    </message>
    <message>
        <source>No scaling command changes the region. Keep off-site backups of your data and a plan to redeploy elsewhere, and follow the platform&apos;s status page during outages.</source>
        <translation>Aucune commande de mise à l’échelle ne change la région. Gardez des sauvegardes de vos données hors site et un plan pour redéployer ailleurs, et suivez la page d’état de la plateforme pendant les pannes.</translation>
    </message>
    <message>
        <source>1. Create a Live application: %1.
2. Push the same code to it: %2.
3. Scale its services (code services to 3 instances, MySQL/Redis to 2, MongoDB to 3).
4. Move your domains and data to it, then destroy the sandbox application &quot;%3&quot;.</source>
        <translation>1. Créez une application Live : %1.
2. Poussez-y le même code : %2.
3. Mettez ses services à l’échelle (services de code à 3 instances, MySQL/Redis à 2, MongoDB à 3).
4. Déplacez-y vos domaines et vos données, puis supprimez l’application sandbox « %3 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service type the advisor knows; it is treated as stateless.</source>
        <translation>« %1 » n’est pas un type de service connu de l’outil ; il est traité comme sans état.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln members. A MongoDB replica set needs an odd number of members, at most 5: the platform ignores even counts, and with an even split a lost zone can leave no majority to elect a primary, so the database stops taking writes.</source>
        <translation>
            <numerusform>%1 a %Ln membre. Un replica set MongoDB a besoin d’un nombre impair de membres, 5 au plus : la plateforme ignore les nombres pairs, et avec une répartition paire, la perte d’une zone peut ne laisser aucune majorité pour élire un primaire, si bien que la base de données n’accepte plus d’écritures.</numerusform>
            <numerusform>%1 a %Ln membres. Un replica set MongoDB a besoin d’un nombre impair de membres, 5 au plus : la plateforme ignore les nombres pairs, et avec une répartition paire, la perte d’une zone peut ne laisser aucune majorité pour élire un primaire, si bien que la base de données n’accepte plus d’écritures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 runs a single instance (on host %2 in %3): when that host or its zone fails, %1 stops until the platform restarts it elsewhere.</source>
        <translation>%1 n’a qu’une seule instance (sur l’hôte %2 dans %3) : quand cet hôte ou sa zone tombe en panne, %1 s’arrête jusqu’à ce que la plateforme le redémarre ailleurs.</translation>
    </message>
    <message>
        <source>%1 runs a single instance: when its host or its zone fails, %1 stops until the platform restarts it elsewhere.</source>
        <translation>%1 n’a qu’une seule instance : quand son hôte ou sa zone tombe en panne, %1 s’arrête jusqu’à ce que la plateforme le redémarre ailleurs.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to another host; the instance count of a %2 service cannot be raised further.</source>
        <translation>Demandez au support de la plateforme de déplacer une instance de %1 vers un autre hôte ; le nombre d’instances d’un service %2 ne peut pas être augmenté davantage.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to another datacenter; the instance count of a %2 service cannot be raised further.</source>
        <translation>Demandez au support de la plateforme de déplacer une instance de %1 vers un autre centre de données ; le nombre d’instances d’un service %2 ne peut pas être augmenté davantage.</translation>
    </message>
    <message>
        <source>Ask the platform&apos;s support to move one instance of %1 to a less loaded datacenter; the instance count of a %2 service cannot be raised further.</source>
        <translation>Demandez au support de la plateforme de déplacer une instance de %1 vers un centre de données moins chargé ; le nombre d’instances d’un service %2 ne peut pas être augmenté davantage.</translation>
    </message>
    <message>
        <source>Scaling is followed by a deployment that places the instances afresh: check the placement again afterwards.</source>
        <translation>La mise à l’échelle est suivie d’un déploiement qui replace les instances : vérifiez de nouveau leur répartition ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln instances of %1 run on the same host, %2: the instances protect against a crashed process, not against the loss of that machine, which takes all of them down at once.</source>
        <translation>
            <numerusform>L’instance (%Ln) de %1 s’exécute sur l’hôte %2 : elle protège contre l’arrêt brutal d’un processus, pas contre la perte de cette machine.</numerusform>
            <numerusform>Les %Ln instances de %1 s’exécutent toutes sur le même hôte, %2 : elles protègent contre l’arrêt brutal d’un processus, pas contre la perte de cette machine, qui les arrête toutes d’un coup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln instances of %1 run on different hosts but all in one datacenter, %2: when that availability zone fails (as us-east did in June 2012) all of them go at once.</source>
        <translation>
            <numerusform>L’instance (%Ln) de %1 s’exécute dans un seul centre de données, %2 : quand cette zone de disponibilité tombe en panne (comme us-east en juin 2012), elle tombe avec.</numerusform>
            <numerusform>Les %Ln instances de %1 s’exécutent sur des hôtes différents mais toutes dans un seul centre de données, %2 : quand cette zone de disponibilité tombe en panne (comme us-east en juin 2012), elles tombent toutes d’un coup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %Ln instances of %2 are not up (%3): the service runs with less redundancy than it was scaled for, so one more lost host or zone can take it down.</source>
        <translation>
            <numerusform>Instances de %2 qui ne sont pas en marche : %1 sur %Ln (%3) : le service fonctionne avec moins de redondance que prévu à sa mise à l’échelle, si bien que la perte d’un hôte ou d’une zone de plus peut l’arrêter.</numerusform>
            <numerusform>Instances de %2 qui ne sont pas en marche : %1 sur %Ln (%3) : le service fonctionne avec moins de redondance que prévu à sa mise à l’échelle, si bien que la perte d’un hôte ou d’une zone de plus peut l’arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sandbox applications hibernate when idle; the next request wakes them.</source>
        <translation>Les applications sandbox se mettent en veille quand elles sont inactives ; la requête suivante les réveille.</translation>
    </message>
    <message>
        <source>Check the service&apos;s logs (%1) and restart it (%2); if instances stay down, contact the platform&apos;s support.</source>
        <translation>Consultez les journaux du service (%1) et redémarrez-le (%2) ; si des instances restent en panne, contactez le support de la plateforme.</translation>
    </message>
    <message>
        <source>up</source>
        <comment>instance status</comment>
        <translation>en marche</translation>
    </message>
    <message>
        <source>down</source>
        <comment>instance status</comment>
        <translation>en panne</translation>
    </message>
    <message>
        <source>hibernating</source>
        <comment>instance status</comment>
        <translation>en veille</translation>
    </message>
    <message>
        <source>master</source>
        <comment>database instance role</comment>
        <translation>maître</translation>
    </message>
    <message>
        <source>slave</source>
        <comment>database instance role</comment>
        <translation>esclave</translation>
    </message>
    <message>
        <source>primary</source>
        <comment>database instance role</comment>
        <translation>primaire</translation>
    </message>
    <message>
        <source>secondary</source>
        <comment>database instance role</comment>
        <translation>secondaire</translation>
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
        <translation>Mise à l’échelle et redéploiement…</translation>
    </message>
</context>
<context>
    <name>ScalingPlanner</name>
    <message>
        <source>%1 has no instance. If it should run, scale it (%2) once you know why it has none.</source>
        <translation>%1 n’a aucune instance. S’il doit fonctionner, mettez-le à l’échelle (%2) une fois que vous savez pourquoi il n’en a aucune.</translation>
    </message>
    <message>
        <source>The platform offers a single datacenter: no instance count of %1 survives its loss. Keep backups of your data and a plan to redeploy elsewhere.</source>
        <translation>La plateforme n’offre qu’un seul centre de données : aucun nombre d’instances de %1 ne survit à sa perte. Gardez des sauvegardes de vos données et un plan pour redéployer ailleurs.</translation>
    </message>
    <message numerus="yes">
        <source>No instance count of %1 survives the loss of a datacenter over the %Ln datacenters the platform offers: a replica set keeps serving only with a majority of its members, and one lost datacenter takes the majority with it. Keep backups of your data and ask the platform&apos;s support about more zones.</source>
        <translation>
            <numerusform>Aucun nombre d’instances de %1 ne survit à la perte d’un centre de données sur le %Ln centre de données qu’offre la plateforme : un replica set ne continue de servir qu’avec une majorité de ses membres, et un centre de données perdu emporte cette majorité. Gardez des sauvegardes de vos données et demandez au support de la plateforme davantage de zones.</numerusform>
            <numerusform>Aucun nombre d’instances de %1 ne survit à la perte d’un centre de données sur les %Ln centres de données qu’offre la plateforme : un replica set ne continue de servir qu’avec une majorité de ses membres, et un centre de données perdu emporte cette majorité. Gardez des sauvegardes de vos données et demandez au support de la plateforme davantage de zones.</numerusform>
        </translation>
    </message>
    <message>
        <source>The instance count of %1 cannot change, so no scaling command moves it. Ask the platform&apos;s support to move one instance of %1 to another datacenter, or redeploy the application so that the platform places its instances afresh.</source>
        <translation>Le nombre d’instances de %1 ne peut pas changer, aucune commande de mise à l’échelle ne le déplace donc. Demandez au support de la plateforme de déplacer une instance de %1 vers un autre centre de données, ou redéployez l’application pour que la plateforme replace ses instances.</translation>
    </message>
</context>
<context>
    <name>ServiceCatalogue</name>
    <message>
        <source>Scales horizontally: every instance serves requests behind the platform&apos;s round-robin HTTP load balancer, so three instances on different hosts and zones keep the service answering when one host or zone is lost.</source>
        <translation>Mise à l’échelle horizontale : chaque instance traite des requêtes derrière le répartiteur de charge HTTP à tourniquet de la plateforme, si bien que trois instances sur des hôtes et des zones différents maintiennent le service en fonctionnement en cas de perte d’un hôte ou d’une zone.</translation>
    </message>
    <message>
        <source>Scales horizontally: workers hold no state of their own, so three instances on different hosts and zones keep the work going when one host or zone is lost.</source>
        <translation>Mise à l’échelle horizontale : les workers ne conservent aucun état propre, si bien que trois instances sur des hôtes et des zones différents poursuivent le travail en cas de perte d’un hôte ou d’une zone.</translation>
    </message>
    <message>
        <source>Scales horizontally: each instance relays mail on its own, so three instances on different hosts and zones keep mail flowing when one host or zone is lost.</source>
        <translation>Mise à l’échelle horizontale : chaque instance relaie le courrier de façon autonome, si bien que trois instances sur des hôtes et des zones différents continuent d’acheminer le courrier en cas de perte d’un hôte ou d’une zone.</translation>
    </message>
    <message>
        <source>Scales to a master/slave pair (exactly 2 instances): the slave is kept in sync and takes over when the master&apos;s host or zone is lost. Reads do not go to the slave.</source>
        <translation>Se met à l’échelle en une paire maître/esclave (exactement 2 instances) : l’esclave est tenu synchronisé et prend le relais en cas de perte de l’hôte ou de la zone du maître. Les lectures ne vont pas à l’esclave.</translation>
    </message>
    <message>
        <source>Scales to a replica set of 3 or 5 members (odd numbers only: the platform ignores even counts, and a set needs a majority to elect a primary). With 3 members on different hosts and zones the set keeps a primary when one is lost.</source>
        <translation>Se met à l’échelle en un replica set de 3 ou 5 membres (nombres impairs seulement : la plateforme ignore les nombres pairs, et un set a besoin d’une majorité pour élire un primaire). Avec 3 membres sur des hôtes et des zones différents, le set garde un primaire quand un membre est perdu.</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs PostgreSQL as one instance only, so losing its host or zone loses the service. Migrate to MySQL (master/slave) or MongoDB (replica set).</source>
        <translation>Ne se met pas à l’échelle pour la haute disponibilité : la plateforme n’exécute PostgreSQL qu’en une seule instance, si bien que la perte de son hôte ou de sa zone fait perdre le service. Migrez vers MySQL (maître/esclave) ou MongoDB (replica set).</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs PostGIS as one instance only, so losing its host or zone loses the service. Migrate to MySQL (master/slave) or MongoDB (replica set, with its geospatial indexes).</source>
        <translation>Ne se met pas à l’échelle pour la haute disponibilité : la plateforme n’exécute PostGIS qu’en une seule instance, si bien que la perte de son hôte ou de sa zone fait perdre le service. Migrez vers MySQL (maître/esclave) ou MongoDB (replica set, avec ses index géospatiaux).</translation>
    </message>
    <message>
        <source>Does not scale for high availability: the platform runs Solr as one instance only, so losing its host or zone loses the service. Migrate to Elastic Search, run as a horizontally scaled custom service.</source>
        <translation>Ne se met pas à l’échelle pour la haute disponibilité : la plateforme n’exécute Solr qu’en une seule instance, si bien que la perte de son hôte ou de sa zone fait perdre le service. Migrez vers Elastic Search, exécuté comme service personnalisé mis à l’échelle horizontalement.</translation>
    </message>
    <message>
        <source>1. Add a MySQL (or MongoDB) service to dotcloud.yml and push it.
2. Scale it: MySQL to 2 instances (master/slave), MongoDB to 3 (replica set).
3. Export the PostgreSQL data, import it into the new service and point the application at it.
4. Remove the PostgreSQL service once the application runs on the new one.</source>
        <translation>1. Ajoutez un service MySQL (ou MongoDB) à dotcloud.yml et poussez-le.
2. Mettez-le à l’échelle : MySQL à 2 instances (maître/esclave), MongoDB à 3 (replica set).
3. Exportez les données PostgreSQL, importez-les dans le nouveau service et faites-y pointer l’application.
4. Supprimez le service PostgreSQL une fois que l’application fonctionne sur le nouveau.</translation>
    </message>
    <message>
        <source>1. Add a MySQL (or MongoDB) service to dotcloud.yml and push it.
2. Scale it: MySQL to 2 instances (master/slave), MongoDB to 3 (replica set).
3. Export the PostGIS data, import it into the new service and point the application at it.
4. Remove the PostGIS service once the application runs on the new one.</source>
        <translation>1. Ajoutez un service MySQL (ou MongoDB) à dotcloud.yml et poussez-le.
2. Mettez-le à l’échelle : MySQL à 2 instances (maître/esclave), MongoDB à 3 (replica set).
3. Exportez les données PostGIS, importez-les dans le nouveau service et faites-y pointer l’application.
4. Supprimez le service PostGIS une fois que l’application fonctionne sur le nouveau.</translation>
    </message>
    <message>
        <source>1. Add an Elastic Search custom service to dotcloud.yml and push it.
2. Scale it to 3 instances.
3. Re-index your documents into Elastic Search and switch the application&apos;s search client to it.
4. Remove the Solr service once searches are served from Elastic Search.</source>
        <translation>1. Ajoutez un service personnalisé Elastic Search à dotcloud.yml et poussez-le.
2. Mettez-le à l’échelle à 3 instances.
3. Réindexez vos documents dans Elastic Search et basculez le client de recherche de l’application vers lui.
4. Supprimez le service Solr une fois que les recherches sont servies par Elastic Search.</translation>
    </message>
    <message>
        <source>HTTP ports are load-balanced across instances; TCP and UDP ports are not: clients of a TCP or UDP port reach one instance only and must handle its loss themselves.</source>
        <translation>Les ports HTTP sont répartis entre les instances ; les ports TCP et UDP ne le sont pas : les clients d’un port TCP ou UDP n’atteignent qu’une seule instance et doivent gérer eux-mêmes sa perte.</translation>
    </message>
    <message>
        <source>Not a service type the advisor knows; treated as stateless: it should scale horizontally like a code service, with instances on different hosts and zones.</source>
        <translation>Type de service inconnu de l’assistant ; traité comme sans état : il devrait évoluer horizontalement comme un service de code, avec des instances sur des hôtes et des zones différents.</translation>
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
    <message>
        <source>Re-read the &amp;inventory every:</source>
        <translation>Relire l’&amp;inventaire toutes les :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never (only when asked)</source>
        <translation>Jamais (seulement sur demande)</translation>
    </message>
    <message>
        <source>Inventory re-read interval in minutes</source>
        <translation>Intervalle de relecture de l’inventaire en minutes</translation>
    </message>
    <message>
        <source>P&amp;roxy:</source>
        <translation>P&amp;roxy :</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;host and port:</source>
        <translation>&amp;Hôte et port du proxy :</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Hôte du proxy</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Port du proxy</translation>
    </message>
    <message>
        <source>Proxy &amp;user (optional):</source>
        <translation>&amp;Utilisateur du proxy (facultatif) :</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Utilisateur du proxy</translation>
    </message>
    <message>
        <source>Proxy pass&amp;word:</source>
        <translation>Mot de pa&amp;sse du proxy :</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>E&amp;xtra CA certificates:</source>
        <translation>Certificats d’autorité supplé&amp;mentaires :</translation>
    </message>
    <message>
        <source>PEM file, for a network that inspects TLS</source>
        <translation>Fichier PEM, pour un réseau qui inspecte le TLS</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Fichier de certificats d’autorité supplémentaires</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>System (or http_proxy / https_proxy / no_proxy)</source>
        <translation>Système (ou http_proxy / https_proxy / no_proxy)</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Aucun : connexion directe</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored password</source>
        <translation>Laisser vide pour garder le mot de passe enregistré</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificats d’autorité supplémentaires</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s host name.</source>
        <translation>Saisissez le nom d’hôte du proxy.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Le fichier d’autorités de certification %1 ne peut pas être lu.</translation>
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
        <translation>aucun %1 nommé « %2 » dans %3</translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation>connus : %1</translation>
    </message>
</context>
<context>
    <name>SimulationReport</name>
    <message>
        <source>If datacenter %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Si le centre de données %1 tombait en panne — applications OK : %2, dégradées : %3, hors service : %4</translation>
    </message>
    <message>
        <source>If host %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Si l’hôte %1 tombait en panne — applications OK : %2, dégradées : %3, hors service : %4</translation>
    </message>
    <message>
        <source>If region %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Si la région %1 tombait en panne — applications OK : %2, dégradées : %3, hors service : %4</translation>
    </message>
    <message>
        <source>If provider %1 failed: %2 applications ok, %3 degraded, %4 down</source>
        <translation>Si le fournisseur %1 tombait en panne — applications OK : %2, dégradées : %3, hors service : %4</translation>
    </message>
    <message>
        <source>worst single datacenter: %1 (%2)</source>
        <translation>centre de données le plus critique : %1 (%2)</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>an application&apos;s state</comment>
        <translation>dégradée</translation>
    </message>
    <message>
        <source>down</source>
        <comment>an application&apos;s state</comment>
        <translation>hors service</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>an application&apos;s state</comment>
        <translation>OK</translation>
    </message>
    <message>
        <source>degraded</source>
        <comment>a service&apos;s state</comment>
        <translation>dégradé</translation>
    </message>
    <message>
        <source>down</source>
        <comment>a service&apos;s state</comment>
        <translation>hors service</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>a service&apos;s state</comment>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <source>%1 → %n instance(s) up</source>
        <translation>
            <numerusform>%1 → %n instance en marche</numerusform>
            <numerusform>%1 → %n instances en marche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n application(s), %2 services, %3 instances of %4.</source>
        <translation>
            <numerusform>%1 écrit : %n application, %2 services, %3 instances de %4.</numerusform>
            <numerusform>%1 écrit : %n applications, %2 services, %3 instances de %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) could not be read; they are listed in the snapshot as errors</source>
        <translation>
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
        <source>Status unknown since %1</source>
        <translation>État inconnu depuis %1</translation>
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
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Read the platform status again now</source>
        <translation>Relire l’état de la plateforme maintenant</translation>
    </message>
    <message>
        <source>Show the recent status updates and maintenance</source>
        <translation>Afficher les dernières mises à jour d’état et les maintenances</translation>
    </message>
    <message>
        <source>%1 — this computer is offline</source>
        <translation>%1 — cet ordinateur est hors ligne</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation>Dernier état connu : %1, lu %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <extracomment>The status page&apos;s own words, quoted under the banner&apos;s headline</extracomment>
        <translation>La page indique : « %1 »</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1, until %2</source>
        <translation>Maintenance en cours : %1, jusqu’à %2</translation>
    </message>
    <message>
        <source>Maintenance in progress: %1</source>
        <translation>Maintenance en cours : %1</translation>
    </message>
    <message>
        <source>Upcoming maintenance: %1, %2</source>
        <translation>Maintenance prévue : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 are down in %2</source>
        <translation>
            <numerusform>%1 est hors service dans %2</numerusform>
            <numerusform>%1 sont hors service dans %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 would go down if %2 failed</source>
        <translation>
            <numerusform>%1 s’arrêterait si %2 tombait en panne</numerusform>
            <numerusform>%1 s’arrêteraient si %2 tombait en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>What if %1 fails…</source>
        <translation>Et si %1 tombait en panne…</translation>
    </message>
    <message>
        <source>Open the What-if of %1 for your applications</source>
        <translation>Ouvrir l’onglet Et si de %1 pour vos applications</translation>
    </message>
    <message>
        <source>%1, until %2</source>
        <translation>%1, jusqu’à %2</translation>
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
    <message>
        <source>Other feeds…</source>
        <translation>Autres flux…</translation>
    </message>
    <message>
        <source>Follow another Statuspage page or an RSS or Atom feed</source>
        <translation>Suivre une autre page Statuspage ou un flux RSS ou Atom</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>%1 · %2 to %3</source>
        <translation>%1 · %2 à %3</translation>
    </message>
    <message>
        <source>Other feeds you follow</source>
        <translation>Autres flux suivis</translation>
    </message>
    <message>
        <source>%1: not read yet</source>
        <translation>%1 : pas encore lu</translation>
    </message>
    <message>
        <source>%1: status unknown — %2</source>
        <translation>%1 : état inconnu — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (the page says: “%3”)</source>
        <translation>%1 : %2 (la page indique : « %3 »)</translation>
    </message>
    <message>
        <source>  %1 — %2</source>
        <translation>  %1 — %2</translation>
    </message>
    <message>
        <source>  Upcoming maintenance: %1, %2</source>
        <translation>  Maintenance prévue : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: status unknown (a feed tells no level) — %n entries</source>
        <translation>
            <numerusform>%1 : état inconnu (un flux n’indique pas de niveau) — %n entrée</numerusform>
            <numerusform>%1 : état inconnu (un flux n’indique pas de niveau) — %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>  Latest: %1, %2</source>
        <translation>  Dernière : %1, %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <translation>La page indique : « %1 »</translation>
    </message>
    <message>
        <source>No recent incident updates.</source>
        <translation>Aucune mise à jour d’incident récente.</translation>
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
    <message>
        <source>The page says: “%1”</source>
        <translation>La page indique : « %1 »</translation>
    </message>
</context>
<context>
    <name>StatusReportWriter</name>
    <message>
        <source>Platform status: %1 since %2</source>
        <translation>État de la plateforme : %1 depuis %2</translation>
    </message>
    <message>
        <source>Platform status: %1</source>
        <translation>État de la plateforme : %1</translation>
    </message>
    <message>
        <source>The status could not be read: %1</source>
        <translation>L’état n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Last known: %1, read %2</source>
        <translation>Dernier état connu : %1, lu %2</translation>
    </message>
    <message>
        <source>The page says: “%1”</source>
        <extracomment>The status page&apos;s own words, quoted under the headline</extracomment>
        <translation>La page indique : « %1 »</translation>
    </message>
    <message>
        <source>Source: %1 (%2)</source>
        <translation>Source : %1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1 (%2), updated %3</source>
        <translation>Source : %1 (%2), mise à jour %3</translation>
    </message>
    <message>
        <source>The one component is operational.</source>
        <translation>L’unique composant est opérationnel.</translation>
    </message>
    <message numerus="yes">
        <source>All %n components are operational.</source>
        <translation>
            <numerusform>%n composant est opérationnel.</numerusform>
            <numerusform>Les %n composants sont tous opérationnels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Components not operational (%1 of %2):</source>
        <translation>Composants non opérationnels (%1 sur %2) :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Open incidents: none</source>
        <translation>Incidents en cours : aucun</translation>
    </message>
    <message>
        <source>Open incidents (%1):</source>
        <translation>Incidents en cours (%1) :</translation>
    </message>
    <message>
        <source>[%1] %2 — %3, updated %4</source>
        <translation>[%1] %2 — %3, mis à jour %4</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Affects: %1</source>
        <translation>Touche : %1</translation>
    </message>
    <message>
        <source>Maintenance in progress:</source>
        <translation>Maintenance en cours :</translation>
    </message>
    <message>
        <source>Upcoming maintenance:</source>
        <translation>Maintenance prévue :</translation>
    </message>
    <message>
        <source>Completed maintenance:</source>
        <translation>Maintenance terminée :</translation>
    </message>
    <message>
        <source>Recent updates:</source>
        <translation>Dernières mises à jour :</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n older update(s)</source>
        <translation>
            <numerusform>… et %n mise à jour plus ancienne</numerusform>
            <numerusform>… et %n mises à jour plus anciennes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A maintenance window: &quot;from 2024-04-01 06:00 UTC (in 3 days) to 08:00 UTC&quot;</extracomment>
        <translation>%1 à %2</translation>
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
        <translation>État inconnu</translation>
    </message>
    <message>
        <source>Platform outage (critical)</source>
        <translation>Panne de la plateforme (critique)</translation>
    </message>
    <message>
        <source>Platform outage</source>
        <translation>Panne de la plateforme</translation>
    </message>
    <message>
        <source>All systems operational</source>
        <translation>Tous les systèmes fonctionnent</translation>
    </message>
    <message>
        <source>Maintenance in progress</source>
        <translation>Maintenance en cours</translation>
    </message>
    <message>
        <source>Degraded service</source>
        <translation>Service dégradé</translation>
    </message>
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
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A time and how long ago it was: &quot;2024-03-05 11:42 PST (6 years ago)&quot;</extracomment>
        <translation>%1 (%2)</translation>
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
    <message>
        <source>scheduled</source>
        <translation>planifiée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>investigating</source>
        <translation>analyse en cours</translation>
    </message>
    <message>
        <source>identified</source>
        <translation>cause identifiée</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>sous surveillance</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <source>postmortem</source>
        <translation>analyse post-incident</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n month(s)</source>
        <translation>
            <numerusform>dans %n mois</numerusform>
            <numerusform>dans %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n year(s)</source>
        <translation>
            <numerusform>dans %n an</numerusform>
            <numerusform>dans %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Scaling Advisor audit</source>
        <translation>Audit Scaling Advisor</translation>
    </message>
    <message>
        <source>Account:   %1</source>
        <translation>Compte :     %1</translation>
    </message>
    <message>
        <source>Source:    %1 (read %2)</source>
        <translation>Source :     %1 (lu le %2)</translation>
    </message>
    <message>
        <source>Source:    %1</source>
        <translation>Source :     %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Produit le : %1</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Exempté : %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correctif : %1</translation>
    </message>
    <message>
        <source>    More: %1</source>
        <translation>    En savoir plus : %1</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>Scaling Advisor User Guide</source>
        <translation>Guide de l’utilisateur de Scaling Advisor</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Le guide de l’utilisateur manque dans cette version.</translation>
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
        <translation>Instances en marche
(avant → après)</translation>
    </message>
    <message>
        <source>Worst single datacenter</source>
        <translation>Pire centre
de données</translation>
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
        <source>Services that lose instances</source>
        <translation>Services qui perdent des instances</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <source>No service loses an instance when %1 fails.</source>
        <translation>Aucun service ne perd d’instance si %1 tombe en panne.</translation>
    </message>
    <message>
        <source>Choose a datacenter, host, region or provider above and press Simulate: the services that would lose instances are charted here.</source>
        <translation>Choisissez ci-dessus un centre de données, un hôte, une région ou un fournisseur, puis cliquez sur Simuler : les services qui perdraient des instances s’affichent ici.</translation>
    </message>
</context>
</TS>
