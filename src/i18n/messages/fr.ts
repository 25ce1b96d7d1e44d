/**
 * ct-bot's own words in French (ICU MessageFormat): the same keys as the English catalogue,
 * and the French descriptions of the commands and their options (Discord's
 * `description_localizations`, help, the Slack Home tab). Quotes are never here: excerpts stay
 * in their source's language and a French reply says so ("Extrait (en anglais) :").
 */
import type { Catalogue, CommandTexts } from "./catalogue.js";

export const fr: Catalogue = {
  "input.echo": "« {text} »",
  "input.truncated": "Votre texte était long : je n’en ai lu que les {max} premiers caractères.",
  "args.required": "{command} a besoin d’un argument « {option} ».",
  "args.choose": "Pour {command}, choisissez {choices}.",
  "args.or": " ou ",
  "args.cut": "Je n’ai utilisé que les {max} premiers caractères de l’option « {option} ».",
  "daily.problem.noAction": "Dites quoi faire : activer, désactiver, état ou aperçu.",
  "daily.problem.badAction":
    "{action} n’est pas une action de quotidien. Utilisez activer, désactiver, état ou aperçu.",
  "daily.problem.extras":
    "« {action} » ne prend ni heure, ni fuseau, ni jours, ni langue : ils vont avec « activer ».",
  "daily.problem.badTime":
    "{time} n’est pas une heure. Utilisez HH:MM sur 24 heures, par exemple 09:00 ou 17:30.",
  "daily.problem.badZone":
    "Je ne connais pas le fuseau horaire {zone}. Utilisez un nom de fuseau IANA, par exemple Europe/Paris, America/New_York ou Asia/Kolkata.",
  "daily.problem.badDays":
    "{days} n’est pas un choix de jours. Utilisez en-semaine ou tous-les-jours.",
  "daily.problem.badLang": "Je ne parle pas la langue {lang}. Utilisez {languages}.",
  "problem.title": "Impossible d’exécuter {command}",
  "problem.usage": "Utilisation : {usage}",
  "excerpt.someLanguage":
    "{count, plural, one {Un extrait est} other {# extraits sont}} en {language}.",
  "excerpt.language": "{count, plural, one {Extrait} other {Extraits}} (en {language}) :",
  "page.previous": "Précédent",
  "page.more": "Suite ({next}/{count})",
  "failure.title": "Désolé, une erreur s’est produite",
  "failure.intro":
    "Cela n’a pas fonctionné de notre côté. Si le problème persiste, citez la référence {reference}.",
  "stale.title": "Ce bouton ne fonctionne plus",
  "stale.intro": "Relancez la commande pour obtenir de nouveaux boutons.",
  "notShareable.title": "Cette réponse ne peut pas être partagée",
  "notShareable.intro":
    "Seules les réponses qui citent le document peuvent être publiées dans le salon ; celle-ci reste privée.",
  "help.onlyIn": "uniquement dans {platforms}",
  "help.title": "ct-bot : la doctrine antiterroriste de la France, citée et sourcée",
  "help.intro":
    "Chaque réponse cite la source mot pour mot, avec sa référence. Tout ce qui n’est pas une commande est recherché.",
  "help.noCommand.title": "Commande inconnue",
  "help.noCommand.intro": "Il n’y a pas de commande nommée {name}.",
  "help.seeAll": "La liste complète : {example}.",
  "help.required": "obligatoire",
  "help.optional": "facultatif",
  "help.oneOf": "parmi {values}",
  "help.example": "Exemple",
  "help.managersOnly":
    "Seules les personnes qui gèrent le salon peuvent activer, modifier ou désactiver les publications.",
  "help.works": "Fonctionne {where}.",
  "count.passages": "{count, plural, one {# passage} other {# passages}}",
  "count.sources": "{count, plural, one {# source} other {# sources}}",
  "count.topics": "{count, plural, one {# sujet} other {# sujets}}",
  "count.entities": "{count, plural, one {# entité} other {# entités}}",
  "count.facts": "{count, plural, one {# fait} other {# faits}}",
  "count.problems": "{count, plural, one {# problème} other {# problèmes}}",
  "count.generatedHeadlines": "{count, plural, one {# titre généré} other {# titres générés}}",
  "principles.none.title": "Aucun principe",
  "principles.none.intro": "Le contenu chargé n’a pas de sujet « principes ».",
  "principles.title":
    "Les {five, select, yes {cinq } other {}}principes de l’action de la France contre le terrorisme",
  "topics.title": "Sujets",
  "topics.detail": "{summary} ({count, plural, one {# passage} other {# passages}})",
  "topics.openOne": "Ouvrez-en un : {example}",
  "topics.none.title": "Sujet inconnu",
  "topics.none.intro": "Aucun sujet ne s’appelle {name}.",
  "search.title": "Résultats de la recherche",
  "search.noSource": "Aucune source n’a l’identifiant {id}. Sources : {ids}.",
  "search.empty.title": "Rien à rechercher",
  "search.empty.intro": "Tapez quelques mots à rechercher, par exemple {example}.",
  "search.none.title": "Aucun résultat",
  "search.none.intro": "Rien dans le document ne correspond à {query}.",
  "search.none.browse": "Parcourez plutôt : {example}.",
  "search.unmatched":
    "Aucun passage ne mentionne {words} ; ceux-ci correspondent au reste de votre recherche.",
  "search.capped":
    "Voici les {shown} meilleurs des {total, number} passages qui correspondent : ajoutez des mots pour affiner la recherche.",
  "search.corrected": "Résultats pour {shown} (vous avez tapé {typed}).",
  "entity.about": "{name} : ce qu’en dit le document",
  "entity.mentioned":
    "{name} : {count, plural, one {un passage en parle} other {# passages en parlent}}.",
  "entity.askOne": "Interrogez-en un : {example}",
  "entity.otherKind":
    "Le document ne range pas {name} parmi les {kind, select, partner {partenaires} other {enceintes}}.",
  "entity.list.title":
    "{kind, select, partner {Les partenaires} forum {Les forums} other {Les noms}} que cite le document",
  "entity.none.title":
    "{kind, select, partner {Partenaire inconnu} forum {Forum inconnu} other {Nom inconnu}}",
  "entity.none.intro":
    "Le document ne cite aucun {kind, select, partner {partenaire} forum {forum} other {nom}} appelé {name}.",
  "entity.none.list": "Voyez la liste avec {example}.",
  "entity.also": "aussi {names}",
  "fact.none.title": "Aucun fait",
  "fact.none.intro": "Le contenu chargé n’a aucun fait.",
  "fact.random": "Un fait tiré du document",
  "fact.today": "Le fait du jour",
  "fact.missing.title": "Aucun fait",
  "fact.missing.intro": "Le passage de ce fait manque dans le contenu.",
  "sources.title": "Sources",
  "sources.detail":
    "{publisher}, {date} · {count, plural, one {# passage} other {# passages}} · id {id}",
  "sources.intro":
    "{count, plural, one {# source} other {# sources}}. Cherchez dans l’une d’elles avec {example}.",
  "source.title": "Source",
  "source.id": "Identifiant",
  "source.rights": "Droits",
  "source.quotedAs": "Citée en",
  "source.quotedAsDetail":
    "{count, plural, one {# passage} other {# passages}}, mot pour mot ; les titres et l’aide sont de nous.",
  "source.readHere": "À lire ici",
  "source.original": "Original",
  "source.link": "Lien",
  "source.noLink":
    "aucun : son source.yaml ne donne pas d’url, et ce bot ne publie pas de pages de sources (PUBLIC_URL)",
  "source.intro":
    "Chaque extrait est cité mot pour mot depuis sa source, avec sa section et sa date.",
  "source.none.title": "Source inconnue",
  "source.none.intro": "Aucune source n’a l’identifiant {id}.",
  "source.none.list": "Sources : {ids}. Voir {example}.",
  "related.none.title": "Rien d’apparenté",
  "related.none.intro": "Aucun autre passage ne partage un sujet ou un nom avec celui-ci.",
  "related.title": "Dans la même veine",
  "related.intro": "Passages qui partagent un sujet ou un nom avec « {section} ».",
  "passage.gone.title": "Passage introuvable",
  "passage.gone.intro": "Ce passage n’est plus dans le contenu.",
  "daily.when":
    "{time} {zone}, {days, select, weekdays {en semaine (du lundi au vendredi)} other {tous les jours}}",
  "daily.due": "{at}, dû et en attente d’envoi",
  "daily.sending": "en cours d’envoi",
  "daily.lastProblem": "Dernier problème",
  "daily.lastProblem.detail":
    "{at} : {state, select, unknown {issue inconnue, pas de nouvel essai pour ne jamais publier deux fois} other {échec}} ({error})",
  "daily.lastProblem.noReason": "aucune raison enregistrée",
  "daily.notAllowed.title": "Non autorisé",
  "daily.notAllowed.on": "Seuls {who} peuvent programmer des publications quotidiennes ici.",
  "daily.notAllowed.off": "Seuls {who} peuvent arrêter les publications quotidiennes ici.",
  "daily.cannotPost.title": "Je ne peux pas encore publier dans ce salon",
  "daily.cannotPost.fix": "Pour corriger : {fix}. Puis relancez {example}.",
  "daily.notOn.title": "Les faits quotidiens ne sont pas activés",
  "daily.notOn.intro":
    "Le bot n’a pas pu enregistrer l’abonnement de ce salon (son stockage refuse les écritures). Rien n’a changé ; réessayez dans quelques minutes.",
  "daily.tryAgain": "réessayez dans un instant",
  "daily.on.when": "Ce salon reçoit un fait cité par jour, à {when}.",
  "daily.on.next": "Prochaine publication : {at}.",
  "daily.on.confirmFailed":
    "La carte de confirmation n’a pas pu être publiée dans le salon ; l’abonnement est tout de même enregistré. Pour corriger : {fix}. Arrêtez-le avec quotidien off.",
  "daily.on.title":
    "Faits quotidiens {verb, select, updated {mis à jour} back {réactivés} other {activés}}",
  "daily.needChannel.title": "Les publications quotidiennes demandent un salon",
  "daily.needChannel.intro":
    "Les faits quotidiens sont publiés dans un salon, pas en messages privés.",
  "daily.alreadyOff.title": "Les faits quotidiens sont déjà désactivés",
  "daily.alreadyOff.intro": "Ce salon n’a aucun fait quotidien à arrêter.",
  "daily.stillOn.title": "Les faits quotidiens sont toujours activés",
  "daily.stillOn.intro":
    "Le bot n’a pas pu enregistrer le changement (son stockage refuse les écritures). Réessayez dans quelques minutes.",
  "daily.off.title": "Faits quotidiens désactivés",
  "daily.off.intro":
    "Plus de publication quotidienne dans ce salon. Réactivez-les quand vous voulez avec {example}.",
  "daily.status.off": "Activez-les pour ce salon avec {example}.",
  "daily.paused": "En pause : {reason}. Pour corriger : {fix}, puis lancez {example}.",
  "daily.paused.checkAccess": "vérifiez les accès du bot",
  "daily.running": "Actif",
  "daily.status.title": "Faits quotidiens de ce salon",
  "daily.status.when": "Quand",
  "daily.status.next": "Prochaine publication",
  "daily.status.noneWhilePaused": "aucune pendant la pause",
  "daily.status.left": "Faits restants dans ce cycle",
  "daily.status.leftDetail": "{left} sur {total}",
  "daily.status.state": "État",
  "daily.status.language": "Langue",
  "daily.noFacts": "Le contenu n’a aucun fait à publier.",
  "daily.preview.next": "Prochain fait quotidien (vous seul le voyez)",
  "daily.preview.sample": "Voici à quoi ressemblerait un fait quotidien",
  "daily.card.title": "Les faits quotidiens sont activés dans ce salon",
  "daily.card.when": "Un fait cité de la source, {when}.",
  "daily.card.first": "Première publication : {at}.",
  "daily.unavailable.title": "Les publications quotidiennes ne sont pas disponibles ici",
  "daily.unavailable.intro":
    "Les faits quotidiens sont publiés dans les salons Slack et Discord. Pour le fait du jour, tapez {example}.",
  "console.greeting":
    "Tapez une commande (aide, principes, partenaires Inde, recherche financement…), suite ou précédent pour changer de page, ou quitter.",
  "console.nothingToPage": "Rien à feuilleter pour l’instant",
  "console.askFirst":
    "Posez d’abord une question, par exemple recherche terrorisme ; puis suite affiche la page suivante.",
  "console.noMorePages": "Pas d’autre page",
  "console.reloaded": "Contenu rechargé.",
  "console.reloadKept":
    "Le contenu a {problems, plural, =0 {un problème} one {# problème} other {# problèmes}} : je réponds toujours avec le contenu chargé avant (lancez ct-bot content check).",
  "console.noTokens": "Aucun jeton Slack ni Discord : voici le bot en console (voir le README).",
  "console.noEarlierPage": "Pas de page précédente",
  "console.thatWas":
    "C’était {which, select, only {la seule page} last {la dernière page} other {la première page}} de « {invocation} ».",
  "console.page.more": "Tapez « suite » pour la page {page}.",
  "console.page.previous": "Tapez « précédent » pour la page {page}.",
  "reply.page": "Page {number} sur {count}.",
  "reply.didYouMean": "Vouliez-vous dire : {suggested}",
  "cli.emptyLine.title": "Ligne vide",
  "cli.emptyLine.intro":
    "Rien à répondre sur cette ligne. Tapez une commande, par exemple principes ou aide.",
  "slack.page": "Page {number} sur {count}",
  "slack.source": "Source : {source}",
  "slack.sourceUnknown": "Source : (inconnue)",
  "slack.shortened":
    "Raccourci pour tenir dans un message Slack : ouvrez les passages un par un pour les lire en entier.",
  "reply.sharedBy": "Partagé par {user}",
  "button.readInFull": "Lire en entier",
  "button.shareInChannel": "Partager dans le salon",
  "button.moreLikeThis": "Dans la même veine",
  "button.didYouMean": "Vouliez-vous dire ?",
  "home.intro":
    "ct-bot répond aux questions sur la doctrine antiterroriste de la France par des extraits cités mot pour mot, chacun avec sa référence. Tapez /{root} suivi d’une commande, ou de mots à rechercher. Les réponses ne sont visibles que par vous jusqu’à ce que vous appuyiez sur Partager dans le salon.",
  "home.commands": "Commandes",
  "home.try": "Essayez {examples}",
  "home.topics": "Sujets",
  "home.sources": "{count, plural, one {Source} other {Sources}}",
  "home.readSource": "Lire la source",
  "home.verbatim": "Chaque extrait est cité mot pour mot depuis cette source. {rights}",
  "reply.suggestedFor": "Suggéré pour {user}",
  "button.postToChannel": "Publier dans le salon",
  "button.open": "Ouvrir : {text}",
  "button.openNumbered": "Ouvrir {number} : {text}",
  "discord.reference": "Référence : {reference}",
  "discord.moreExcerpts": "{count} autres extraits non affichés",
  "discord.moreEntries": "{count} autres entrées non affichées",
  "discord.readInContext": "Lire dans son contexte : {title}",
  "discord.didYouMean": "Vouliez-vous dire : {suggested} ?",
  "discord.root": "La doctrine antiterroriste de la France, citée et sourcée",
  "discord.mention": "Publier la réponse dans le salon pour cette personne",
  "slack.who.admins": "les administrateurs et propriétaires de l’espace de travail",
  "slack.who.adminsUnknown":
    "les administrateurs et propriétaires de l’espace de travail (ct-bot ne peut les reconnaître qu’une fois l’app mise à jour avec la permission users:read et réinstallée)",
  "slack.who.listed": "les personnes listées dans le réglage CT_DAILY_ADMINS du bot",
  "slack.who.listedNobody":
    "les personnes listées dans le réglage CT_DAILY_ADMINS du bot (personne pour l’instant)",
  "slack.who.creator": "la personne qui les a activés ici",
  "slack.who.creatorLater": "(une fois activés) la personne qui les a activés",
  "discord.who.managers": "les membres qui ont la permission Gérer les salons dans ce salon",
};

/** Commands and options in French, by the registry's (English) names. */
export const frCommands: CommandTexts = {
  help: {
    description: "Ce que sait faire ct-bot, ou comment utiliser une commande",
    options: { command: "Une commande, par exemple recherche" },
    usage: "aide [commande]",
    examples: ["help", "help daily"],
  },
  principles: {
    description: "Les cinq principes de l’action de la France contre le terrorisme",
    usage: "principes",
  },
  partners: {
    description: "Les partenaires de la France contre le terrorisme, ou ce qu’en dit le document",
    options: { name: "Un partenaire, par exemple Inde, ONU, GCTF" },
    usage: "partenaires [nom]",
    examples: ["partners", "partners Inde", "partners GCTF"],
  },
  forums: {
    description:
      "Les enceintes où la France agit contre le terrorisme, ou ce qu’en dit le document",
    options: { name: "Une enceinte, par exemple Conseil de sécurité, G8" },
    usage: "forums [nom]",
    examples: ["forums", "forums Conseil de sécurité", "forums G8"],
  },
  topics: {
    description: "Les sujets que couvre le document, ou les passages d’un sujet",
    options: { name: "Un sujet, par exemple renforcement des capacités" },
    usage: "sujets [nom]",
    examples: ["topics", "topics renforcement des capacités"],
  },
  search: {
    description:
      "Chercher dans les sources : mots, noms, sigles, « expressions exactes » ; = pour chercher tel quel",
    options: {
      query: "Ce qu’il faut chercher, par exemple financement, Daech, droits de l’homme",
      source: "Seulement cette source (voir sources), par exemple fr-mfa-ct-2013",
    },
    usage: "recherche <requête> [source:<id>]",
    examples: [
      "search financement",
      "search Daech",
      "search droits de l’homme",
      "search financement source:fr-mfa-ct-2013",
    ],
  },
  fact: {
    description: "Un fait cité : celui du jour, ou un fait au hasard",
    options: { which: "aujourd’hui (par défaut) ou hasard" },
    usage: "fait [aujourd’hui|hasard]",
  },
  daily: {
    description: "Abonner ce salon à un fait cité par jour, à son heure locale",
    options: {
      action: "activer, désactiver, état ou aperçu",
      time: "Heure locale de publication, HH:MM (par défaut 09:00)",
      timezone: "Fuseau horaire IANA (par défaut Europe/Paris)",
      days: "tous-les-jours (par défaut) ou en-semaine",
      lang: "Langue de la carte quotidienne (par défaut celle du serveur ou de l’espace)",
    },
    usage:
      "quotidien activer [HH:MM] [fuseau] [en-semaine|tous-les-jours] | désactiver | état | aperçu",
  },
  sources: {
    description: "Toutes les sources que cite le bot, avec éditeur, date et nombre de passages",
    usage: "sources",
  },
  source: {
    description: "Une source que les réponses peuvent citer, avec sa date, ses droits et son lien",
    options: { id: "L’identifiant de la source (voir sources)" },
    usage: "source [id]",
  },
  passage: {
    description: "Un passage en entier, par identifiant",
    options: { id: "Un identifiant de passage" },
  },
  related: {
    description: "Les passages apparentés à un passage",
    options: { id: "Un identifiant de passage" },
  },
};
