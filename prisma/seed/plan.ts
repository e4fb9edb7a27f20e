// The citizen-participation action plan of the rural commune of Bni Mathar
// («خطة عمل المشاركة المواطنة جماعة بني مطهر»), as adopted. Source:
// /work/shared/seed/beni-mathar-participation-plan.txt, text extracted from a PDF table.
//
// The Arabic is the adopted text, reassembled word for word: the extraction scrambled the line
// fragments of each cell, so each activity was put back into its sentence using only the source's
// own words and spelling, typos included («هياة», «ميدا», «منتخببي», «الفايبيوك»…). Only stray
// bullet dashes and dots were removed. The French is a translation, for the bilingual portal.
//
// Reading notes (judgement calls on the extraction):
// - Axis 3: its title cell and activity cell are interleaved; the title ends at «…ومقاربة النوع
//   الاجتماعي» and «الارتقاء بهيئة…» begins the first activity. The dangling «اشراك -» at the end of
//   the cell is the start of axis 4's only activity, which is stored under axis 4 alone.
// - Axis 5: the adopted text gives it no title (see noteAr/noteFr).
// - Axis 5, douar forum: the extraction reversed the runs of the line «الثقافة – الملاعب الرياضية
//   الخ .....»; read back in order, the list ends «– دور الثقافة – الملاعب الرياضية الخ .....».
//   The en dashes there separate the items of the list, so they are kept.
// - Axis 7: the stray page numbers «48 49» after the title are dropped. «13/31» is kept as written
//   (it is law 31.13 on the right of access to information).

export interface PlanActivitySeed {
  readonly textAr: string;
  readonly textFr: string;
}

export interface PlanAxisSeed {
  readonly number: number;
  readonly titleAr: string;
  readonly titleFr: string;
  /** Set when the adopted text leaves something out. */
  readonly noteAr?: string;
  readonly noteFr?: string;
  /** In the order of the adopted text; position = index + 1. */
  readonly activities: readonly PlanActivitySeed[];
}

export const PLAN_TITLE_AR = "خطة عمل المشاركة المواطنة جماعة بني مطهر";
export const PLAN_TITLE_FR = "Plan d'action de la participation citoyenne — Commune de Bni Mathar";

export const PLAN_AXES: readonly PlanAxisSeed[] = [
  {
    number: 1,
    titleAr: "المدخل 1: تعزيز المشاركة المواطنة في تفعيل وتتبع وتقييم برنامج عمل الجماعة",
    titleFr:
      "Axe 1 : Renforcer la participation citoyenne à la mise en œuvre, au suivi et à l'évaluation du programme d'action de la commune",
    activities: [
      {
        textAr:
          "نشر برنامج عمل الجماعة بكافة الوسائل الممكنة ورقية او رقمية و اتاحة الاطلاع عليه للفاعلين الجماعيين والجمعويين والمواطنين",
        textFr:
          "Diffuser le programme d'action de la commune par tous les moyens possibles, sur papier ou sous forme numérique, et en permettre la consultation aux acteurs communaux et associatifs ainsi qu'aux citoyens",
      },
      {
        textAr: "اشراك الفاعل الجماعي والفاعل الجمعوي و الفاعل الاداري في تتبع وتحيين برنامج عمل الجماعة",
        textFr:
          "Associer l'acteur communal, l'acteur associatif et l'acteur administratif au suivi et à la mise à jour du programme d'action de la commune",
      },
      {
        textAr:
          "عقد لقاءات دورية مع جمعيات المجتمع المدني لمعرفة نسبة تنفيذ برنامج عمل الجماعة والوقوف على الصعوبات والاكراهات التي تعترض تنفيذها",
        textFr:
          "Tenir des rencontres périodiques avec les associations de la société civile pour connaître le taux d'exécution du programme d'action de la commune et relever les difficultés et contraintes qui entravent sa mise en œuvre",
      },
    ],
  },
  {
    number: 2,
    titleAr: "المدخل 2: تملك استعمال أدوات ومناهج المشاركة المواطنة",
    titleFr: "Axe 2 : S'approprier l'usage des outils et des méthodes de la participation citoyenne",
    activities: [
      {
        textAr: "اقامة دورات تكوينية لفائدة هياة المساواة والتكافؤ الفرص ومقاربة النوع",
        textFr:
          "Organiser des sessions de formation au profit de l'Instance de l'équité, de l'égalité des chances et de l'approche genre",
      },
      {
        textAr: "اعتماد ميدا التواصل عبر وسائل التواصل الاجتماعي الحديثة الرقمية",
        textFr: "Adopter le principe de la communication par les réseaux sociaux modernes et numériques",
      },
      {
        textAr:
          "تكوين جمعيات المجتمع المدني النشطة والجادة على تملك المهارات والاليات الترافعية ومنهجية تقديم العرائض",
        textFr:
          "Former les associations actives et sérieuses de la société civile à la maîtrise des compétences et des mécanismes de plaidoyer et à la méthodologie de présentation des pétitions",
      },
      {
        textAr: "تشجيع الجمعيات على المشاركة الفعالة في اتخاذ القرار المحلي",
        textFr: "Encourager les associations à participer de manière effective à la prise de décision locale",
      },
      {
        textAr: "تشجيع جمعيات المجتمع المدني على المشاركة في اعداد الميزانية التشاركية",
        textFr: "Encourager les associations de la société civile à participer à l'élaboration du budget participatif",
      },
    ],
  },
  {
    number: 3,
    titleAr: "المدخل 3: دعم دينامية هيئة المساواة وتكافؤ الفرص ومقاربة النوع الاجتماعي",
    titleFr:
      "Axe 3 : Soutenir la dynamique de l'Instance de l'équité, de l'égalité des chances et de l'approche genre",
    activities: [
      {
        textAr: "الارتقاء بهيئة المساواة وتكافؤ الفرص ومقاربة النوع الى قوة اقتراحية بالمجلس",
        textFr:
          "Faire de l'Instance de l'équité, de l'égalité des chances et de l'approche genre une force de proposition au sein du conseil",
      },
      {
        textAr: "توفير المناخ ووسائل العمل للهيئة للقيام ..... مكتب، معدات مكتبية الخ",
        textFr:
          "Fournir à l'Instance un cadre et des moyens de travail pour accomplir … : bureau, équipement de bureau, etc.",
      },
    ],
  },
  {
    number: 4,
    titleAr: "المدخل 4: دعم دينامية آليات الحوار والتشاور",
    titleFr: "Axe 4 : Soutenir la dynamique des mécanismes de dialogue et de concertation",
    activities: [
      {
        textAr: "اشراك المجلس الجماعي للفعاليات النشطة والجادة والاستفادة من تجربتها",
        textFr:
          "Association, par le conseil communal, des acteurs actifs et sérieux à ses travaux, pour tirer parti de leur expérience",
      },
    ],
  },
  {
    number: 5,
    titleAr: "المدخل 5",
    titleFr: "Axe 5",
    noteAr: "لم يرد عنوان هذا المدخل في نص الخطة المعتمد",
    noteFr: "Le texte adopté du plan ne donne pas de titre à cet axe",
    activities: [
      {
        textAr: "انشاء مجلس للشباب والطفولة للتربية على قيم المواطنة والديموقراطية والتدريب على تسيير الشأن المحلي",
        textFr:
          "Créer un conseil de la jeunesse et de l'enfance pour l'éducation aux valeurs de la citoyenneté et de la démocratie et l'apprentissage de la gestion des affaires locales",
      },
      {
        textAr:
          "انشاء منتدى الدوار لطرح قضايا الساكنة والمشاكل التي تتخبط فيها وايجاد الحلول الناجعة لها مثل مشاكل البيئة – النفايات المطارح – الصرف الصحي – دور الثقافة – الملاعب الرياضية الخ .....",
        textFr:
          "Créer un forum du douar pour soulever les questions des habitants et les problèmes auxquels ils sont confrontés et y trouver des solutions efficaces, par exemple les problèmes d'environnement – déchets, décharges – assainissement – maisons de la culture – terrains de sport, etc.",
      },
      {
        textAr: "الاهتمام بالفئات في وضعية صعبة كفئة ذوي الاحتياجات الخاصة",
        textFr: "Porter attention aux catégories en situation difficile, comme les personnes à besoins spécifiques",
      },
    ],
  },
  {
    number: 6,
    titleAr: "المدخل 6: دعم المشاركة المواطنة الرقمية",
    titleFr: "Axe 6 : Soutenir la participation citoyenne numérique",
    activities: [
      {
        textAr: "انشاء بوابة او موقع رسمي للجماعة تدرج فيه كافة المعطيات الادارية والقانونية مع تحيين دائم له",
        textFr:
          "Créer un portail ou un site officiel de la commune où figurent toutes les données administratives et juridiques, tenu à jour en permanence",
      },
      {
        textAr: "انشاء صفحة رسمية للجماعة على الفايبيوك قصد التواصل",
        textFr: "Créer une page officielle de la commune sur Facebook pour communiquer",
      },
      {
        textAr:
          "وضع برنامج للتكوين والتكوين المستمر لفائدة موظفي و منتخببي الجماعة في مجال استعمال الادوات الرقمية ومجال المعلومات",
        textFr:
          "Mettre en place un programme de formation et de formation continue au profit des fonctionnaires et des élus de la commune dans le domaine de l'usage des outils numériques et dans celui de l'information",
      },
    ],
  },
  {
    number: 7,
    titleAr: "المدخل 7: التواصل و ضمان تفعيل القانون 13/31 المتعلق بالحق في الحصول على المعلومة",
    titleFr:
      "Axe 7 : Communication et garantie de l'application de la loi 31.13 relative au droit d'accès à l'information",
    activities: [
      {
        textAr: "الحق في الوصول الى المعلومة",
        textFr: "Le droit d'accès à l'information",
      },
      {
        textAr: "النشر الاسباقي للمعطيات المتعلقة بالجماعة",
        textFr: "La publication proactive des informations relatives à la commune",
      },
      {
        textAr: "انشاء لجنة للافتحاص الداخلي AUDIT INTERNE ضمانا للشفافية وربط المسؤولية بالمحاسبة",
        textFr:
          "Créer une commission d'audit interne (AUDIT INTERNE) pour garantir la transparence et lier la responsabilité à la reddition des comptes",
      },
    ],
  },
];
