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
        <translation>arrêtée</translation>
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
        <translation>Des services de %1 tournent là où la plateforme signale un incident.</translation>
    </message>
    <message>
        <source>%1 (not read)</source>
        <translation>%1 (non lu)</translation>
    </message>
    <message>
        <source>%1 (%2 down)</source>
        <translation>%1 (%2 arrêtée(s))</translation>
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
        <translation>Co&amp;rrectif :</translation>
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
        <translation>&amp;Mettre à l’échelle…</translation>
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
        <translation>&amp;Emplacement</translation>
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
        <translation>Les données affichées ont été %1.</translation>
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
        <translation>il conserve un état</translation>
    </message>
    <message>
        <source>it keeps no state</source>
        <translation>il ne conserve aucun état</translation>
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

Trouve les services qui ne survivraient pas à la perte d’un hôte ou d’une zone de disponibilité, montre où tourne chaque instance et répond à « et si cette zone tombait ? ».</translation>
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
            <numerusform>%1 de %2 tourne actuellement avec %n instance.</numerusform>
            <numerusform>%1 de %2 tourne actuellement avec %n instances.</numerusform>
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
        <translation>&amp;Interroger toutes les :</translation>
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
        <translation>Pire centre de données unique</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Arrêtée</translation>
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
            <numerusform>Si %1 tombe : %n application s’arrête</numerusform>
            <numerusform>Si %1 tombe : %n applications s’arrêtent</numerusform>
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
            <numerusform>, %n continue de tourner.</numerusform>
            <numerusform>, %n continuent de tourner.</numerusform>
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
</context>
</TS>
