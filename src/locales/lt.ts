import type { Messages } from '../messages/types.ts';

/** Lithuanian (lt). */
export const messages: Messages = {
  locale: 'lt',

  exceptions: {
    AliasExistsException:
      'Šis {attribute} jau naudojamas kitoje paskyroje. Reikalingas kitas {attribute}. Taip pat galite prisijungti prie tos paskyros.',
    CodeDeliveryFailureException:
      'Nepavyko išsiųsti kodo. Patikrinkite, ar {attribute} teisingas, ir paprašykite naujo kodo.',
    CodeMismatchException: 'Šis kodas nesutampa su išsiųstuoju. Patikrinkite kodą ir įveskite jį dar kartą.',
    ExpiredCodeException: 'Šio kodo galiojimas baigėsi. Paprašykite naujo kodo ir įveskite jį čia.',
    ForbiddenException:
      'Šiuo metu negalime priimti šios užklausos iš jūsų tinklo. Bandykite vėliau arba, jei tai kartojasi, susisiekite su pagalbos tarnyba.',
    InternalErrorException: 'Prisijungimo paslaugoje kilo problema. Bandykite dar kartą po kelių minučių.',
    InvalidEmailRoleAccessPolicyException:
      'Dėl problemos mūsų pusėje šiuo metu negalime siųsti el. laiškų. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    InvalidLambdaResponseException:
      'Dėl problemos mūsų pusėje nepavyko to užbaigti. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    InvalidParameterException: 'Kai kurie išsiųsti duomenys nepriimti. Patikrinkite juos ir bandykite dar kartą.',
    InvalidPasswordException: 'Šis slaptažodis neatitinka reikalavimų. Pasirinkite kitą slaptažodį.',
    InvalidSmsRoleAccessPolicyException:
      'Dėl problemos mūsų pusėje šiuo metu negalime siųsti SMS žinučių. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    InvalidSmsRoleTrustRelationshipException:
      'Dėl nustatymų problemos mūsų pusėje šiuo metu SMS žinučių siųsti negalima. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    LimitExceededException: 'Per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.',
    NotAuthorizedException: 'Jūsų seansas baigėsi. Norėdami tęsti, prisijunkite iš naujo.',
    OperationNotEnabledException:
      'Šiuo metu tai jūsų paskyrai nepasiekiama. Jei reikia pagalbos, susisiekite su pagalbos tarnyba.',
    PasswordHistoryPolicyViolationException:
      'Šį slaptažodį jau naudojote. Pasirinkite slaptažodį, kurio pastaruoju metu nenaudojote.',
    PasswordResetRequiredException:
      'Prieš tęsdami turite iš naujo nustatyti slaptažodį. Nustatykite jį ir vėl prisijunkite.',
    ResourceNotFoundException:
      'Ši paslauga netinkamai nustatyta, todėl negalime tęsti. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    TooManyFailedAttemptsException:
      'Per daug nesėkmingų bandymų. Prieš bandydami vėl, palaukite kelias minutes.',
    TooManyRequestsException: 'Per trumpą laiką gauta per daug užklausų. Palaukite minutę ir bandykite dar kartą.',
    UnexpectedLambdaException:
      'Tikrinant jūsų duomenis kažkas nepavyko. Bandykite vėliau arba susisiekite su pagalbos tarnyba.',
    UserLambdaValidationException: 'Jūsų duomenys nepriimti. Patikrinkite juos ir bandykite dar kartą.',
    UserNotConfirmedException:
      'Jūsų paskyra dar nepatvirtinta. Patvirtinkite ją kodu, kurį atsiuntėme jums registruojantis, ir vėl prisijunkite.',
    UserNotFoundException: 'Nerandame jūsų paskyros. Galbūt ji uždaryta. Norėdami tęsti, prisijunkite iš naujo.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Šis {attribute} jau naudojamas kitoje paskyroje. Prisijunkite prie tos paskyros. Jei norite registruotis iš naujo, reikalingas kitas {attribute}.',
      InvalidParameterException:
        'Nepavyko patvirtinti paskyros su šiais duomenimis. Patikrinkite naudotojo vardą ir vėl įveskite kodą.',
      LimitExceededException: 'Įvesta per daug neteisingų kodų. Palaukite kelias minutes ir vėl įveskite kodą.',
      NotAuthorizedException:
        'Šios paskyros patvirtinti negalima. Galbūt ji išjungta. Jei reikia pagalbos, susisiekite su pagalbos tarnyba.',
      TooManyFailedAttemptsException:
        'Įvesta per daug neteisingų kodų. Prieš vėl įvesdami kodą, palaukite kelias minutes.',
      UserLambdaValidationException:
        'Nepavyko patvirtinti jūsų paskyros, nes kai kurie jūsų duomenys nepriimti.',
      UserNotFoundException:
        'Paskyros su tokiu naudotojo vardu nėra. Patikrinkite naudotojo vardą ir bandykite dar kartą.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nepavyko išsiųsti naujo kodo. Šiek tiek palaukite ir vėl paprašykite naujo kodo.',
      InvalidParameterException:
        'Šiai paskyrai nepavyko išsiųsti naujo kodo. Jei paskyra jau patvirtinta, tiesiog prisijunkite.',
      LimitExceededException: 'Paprašyta per daug kodų. Prieš prašydami kito, palaukite kelias minutes.',
      NotAuthorizedException:
        'Šiai paskyrai negalime išsiųsti kodo. Jei reikia pagalbos, susisiekite su pagalbos tarnyba.',
      UserLambdaValidationException: 'Nepavyko išsiųsti naujo kodo, nes kai kurie jūsų duomenys nepriimti.',
      UserNotFoundException:
        'Paskyros su tokiu naudotojo vardu nėra. Patikrinkite naudotojo vardą ir vėl paprašykite kodo.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Šis {attribute} jau naudojamas kitoje paskyroje. Reikalingas kitas {attribute}.',
      CodeDeliveryFailureException:
        'Nepavyko išsiųsti kodo. Patikrinkite, ar naujas {attribute} teisingas, ir išsaugokite dar kartą.',
      CodeMismatchException:
        'Jūsų {attribute} nepakeistas, nes kodo patikra nepavyko. Išsaugokite pakeitimą dar kartą, kad gautumėte naują kodą.',
      ExpiredCodeException:
        'Šio pakeitimo kodo galiojimas baigėsi. Išsaugokite pakeitimą dar kartą, kad gautumėte naują kodą.',
      InvalidParameterException: 'Šis {attribute} negali būti naudojamas. Patikrinkite jį ir bandykite dar kartą.',
      PasswordResetRequiredException:
        'Jūsų {attribute} gali būti pakeistas tik iš naujo nustačius slaptažodį. Nustatykite jį ir vėl prisijunkite.',
      UserLambdaValidationException: 'Šis {attribute} nepriimtas. Patikrinkite jį arba įveskite kitą.',
      UserNotConfirmedException:
        'Jūsų {attribute} gali būti pakeistas tik patvirtinus paskyrą. Patvirtinkite paskyrą ir bandykite dar kartą.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nepavyko išsiųsti kodo. Patikrinkite, ar jūsų {attribute} teisingas, ir paprašykite naujo kodo.',
      InvalidParameterException:
        'Jūsų {attribute} negali būti patvirtintas. Patikrinkite, ar jis išsaugotas jūsų paskyroje, ir bandykite dar kartą.',
      LimitExceededException: 'Paprašyta per daug kodų. Prieš prašydami kito, palaukite kelias minutes.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Šis {attribute} jau naudojamas kitoje paskyroje, todėl jūsų paskyroje jo patvirtinti negalima. Reikalingas kitas {attribute}.',
      InvalidParameterException:
        'Jūsų {attribute} nebuvo patvirtintas šiuo kodu. Paprašykite naujo kodo ir įveskite jį čia.',
      LimitExceededException: 'Įvesta per daug neteisingų kodų. Palaukite kelias minutes ir vėl įveskite kodą.',
    },
    GetUser: {
      InvalidParameterException: 'Nepavyko patikrinti jūsų paskyros duomenų. Norėdami tęsti, prisijunkite iš naujo.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nepavyko išsiųsti kodo slaptažodžiui nustatyti iš naujo. Šiek tiek palaukite ir vėl paprašykite kodo.',
      InvalidParameterException:
        'Šiai paskyrai nepavyko išsiųsti kodo slaptažodžiui nustatyti iš naujo. Jei reikia pagalbos prisijungiant, susisiekite su pagalbos tarnyba.',
      LimitExceededException:
        'Paprašyta per daug kodų slaptažodžiui nustatyti iš naujo. Prieš prašydami kito, palaukite kelias minutes.',
      NotAuthorizedException:
        'Šios paskyros slaptažodžio čia nustatyti iš naujo negalima. Jei reikia pagalbos, susisiekite su pagalbos tarnyba.',
      OperationNotEnabledException:
        'Šiuo metu slaptažodžių čia nustatyti iš naujo negalima. Jei reikia pagalbos prisijungiant, susisiekite su pagalbos tarnyba.',
      UserLambdaValidationException:
        'Nepavyko išsiųsti kodo slaptažodžiui nustatyti iš naujo, nes kai kurie jūsų duomenys nepriimti.',
      UserNotFoundException:
        'Nepavyko išsiųsti kodo šiam naudotojo vardui. Patikrinkite naudotojo vardą ir bandykite dar kartą.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Su šiais duomenimis nepavyko nustatyti slaptažodžio iš naujo. Patikrinkite kodą ir naują slaptažodį, tada bandykite dar kartą.',
      LimitExceededException: 'Įvesta per daug neteisingų kodų. Palaukite kelias minutes ir vėl įveskite kodą.',
      NotAuthorizedException:
        'Šios paskyros slaptažodžio čia nustatyti iš naujo negalima. Jei reikia pagalbos, susisiekite su pagalbos tarnyba.',
      OperationNotEnabledException:
        'Šiuo metu slaptažodžių čia nustatyti iš naujo negalima. Jei reikia pagalbos prisijungiant, susisiekite su pagalbos tarnyba.',
      TooManyFailedAttemptsException:
        'Įvesta per daug neteisingų kodų. Prieš vėl įvesdami kodą, palaukite kelias minutes.',
      UserLambdaValidationException: 'Nepavyko pakeisti slaptažodžio, nes kai kurie jūsų duomenys nepriimti.',
      UserNotConfirmedException:
        'Jūsų paskyra dar nepatvirtinta. Patvirtinkite ją kodu, kurį atsiuntėme jums registruojantis, tada nustatykite slaptažodį iš naujo.',
      UserNotFoundException:
        'Šiam naudotojo vardui nepavyko nustatyti slaptažodžio iš naujo. Patikrinkite naudotojo vardą ir bandykite dar kartą.',
    },
  },

  local: {
    ValidationError: 'Patikrinkite įvestus duomenis ir bandykite dar kartą.',
    NetworkError: 'Nepavyko užmegzti ryšio. Patikrinkite interneto ryšį ir bandykite dar kartą.',
    TimeoutError: 'Tai užtrunka per ilgai. Patikrinkite interneto ryšį ir bandykite dar kartą.',
    AbortError: '',
    SessionExpiredError: 'Buvote atjungti. Norėdami tęsti, prisijunkite iš naujo.',
    UnknownError: 'Kažkas nepavyko. Bandykite dar kartą arba, jei tai kartojasi, susisiekite su pagalbos tarnyba.',
  },

  validation: {
    code: {
      required: 'Įveskite jums atsiųstą kodą',
      tooLong: 'Įveskite tik kodą iš žinutės',
      pattern: 'Įveskite kodą tiksliai taip, kaip jis parašytas žinutėje',
      format: 'Įveskite kodą teisingu formatu, pvz., 123456',
      incomplete: {
        one: 'Įveskite visą kodą: jį sudaro {length} skaitmuo',
        few: 'Įveskite visą kodą: jį sudaro {length} skaitmenys',
        many: 'Įveskite visą kodą: jį sudaro {length} skaitmens',
        other: 'Įveskite visą kodą: jį sudaro {length} skaitmenų',
      },
    },
    username: {
      required: 'Įveskite naudotojo vardą',
      tooLong: 'Naudotojo vardas gali būti ne ilgesnis kaip 128 simboliai',
      pattern: 'Naudotojo varde negali būti tarpų',
      format: 'Įveskite naudotojo vardą teisingu formatu',
    },
    password: {
      required: 'Įveskite naują slaptažodį',
      tooLong: 'Slaptažodis gali būti ne ilgesnis kaip 256 simboliai',
      pattern: 'Slaptažodis negali prasidėti arba baigtis tarpu',
      format: 'Pasirinkite slaptažodį, atitinkantį visus sąraše nurodytus reikalavimus',
    },
    attributeName: {
      required: 'Pasirinkite, ką norite patvirtinti',
      tooLong: 'Lauko pavadinimas gali būti ne ilgesnis kaip 32 simboliai',
      pattern: 'Lauko pavadinime negali būti tarpų',
      format: 'Įveskite lauko pavadinimą teisingu formatu',
    },
    value: {
      required: 'Nurodykite, koks jūsų {attribute}',
      tooLong: 'Jūsų {attribute} per ilgas: leidžiama ne daugiau kaip 2048 simboliai',
      pattern: 'Jūsų {attribute} turi neleistinų simbolių',
      format: 'Patikrinkite, ar jūsų {attribute} įvestas teisingu formatu',
    },
    valueByAttribute: {
      email: {
        format: 'Įveskite el. pašto adresą teisingu formatu, pvz., name@example.com',
      },
      phone_number: {
        pattern: 'Įveskite telefono numerį su šalies kodu, pvz., +15555550123',
        format: 'Įveskite telefono numerį su šalies kodu, pvz., +15555550123',
      },
    },
    configuration: {
      required:
        'Šiame puslapyje trūksta kai kurių nustatymų duomenų. Bandykite vėliau arba, jei tai kartojasi, susisiekite su pagalbos tarnyba',
      tooLong:
        'Šis puslapis išsiuntė per ilgus nustatymų duomenis. Bandykite vėliau arba, jei tai kartojasi, susisiekite su pagalbos tarnyba',
      pattern:
        'Šis puslapis išsiuntė nustatymų duomenis, kurių negalima naudoti. Bandykite vėliau arba, jei tai kartojasi, susisiekite su pagalbos tarnyba',
      format:
        'Šis puslapis išsiuntė netinkamo formato nustatymų duomenis. Bandykite vėliau arba, jei tai kartojasi, susisiekite su pagalbos tarnyba',
    },
    accessToken: {
      required: 'Norėdami tęsti, prisijunkite',
    },
  },

  attributes: {
    email: { noun: 'el. pašto adresas', label: 'El. paštas' },
    phone_number: { noun: 'telefono numeris', label: 'Telefono numeris' },
    given_name: { noun: 'vardas', label: 'Vardas' },
    family_name: { noun: 'pavardė', label: 'Pavardė' },
    preferred_username: { noun: 'pageidaujamas naudotojo vardas', label: 'Pageidaujamas naudotojo vardas' },
  },

  ui: {
    confirmationCodeLabel: 'Patvirtinimo kodas',
    verificationCodeLabel: 'Patikrinimo kodas',
    confirm: 'Patvirtinti',
    verify: 'Patvirtinti',
    save: 'Išsaugoti',
    resendCode: 'Siųsti kodą dar kartą',
    sendCode: 'Siųsti kodą',
    resendCodeIn: 'Siųsti kodą dar kartą po {time}',
    codeSent: 'Kodą išsiuntėme: {destination}.',
    codeSentByEmail: 'Kodą išsiuntėme el. paštu adresu {destination}.',
    codeSentBySms: 'Kodą išsiuntėme SMS žinute numeriu {destination}.',
    codeSentNoDestination: 'Išsiuntėme jums kodą.',
    newCodeSent: 'Naują kodą išsiuntėme: {destination}.',
    resendAvailable: 'Dabar galite paprašyti naujo kodo.',
    confirmed: 'Jūsų paskyra patvirtinta.',
    alreadyConfirmed: 'Jūsų paskyra jau patvirtinta. Galite prisijungti.',
    verified: 'Jūsų {attribute} patvirtintas.',
    saved: 'Jūsų {attribute} išsaugotas.',
    pendingTitle: 'Naujas {attribute} laukia patvirtinimo',
    pendingBody: 'Dabartinis {attribute} galioja, kol patvirtinsite {value}.',
    unverifiedTitle: 'Jūsų {attribute} nepatvirtintas',
    unverifiedBody: 'Kad galėtumėte naudoti {value}, pirmiausia jį patvirtinkite.',
    cancelChange: 'Atšaukti pakeitimą',
    tryAgain: 'Bandyti dar kartą',
    signInAgain: 'Prisijungti iš naujo',
    useThisAnyway: 'Vis tiek naudoti šiai paskyrai',
    useThisAnywayHint: 'Šis {attribute} nebetiks prisijungti prie kitos paskyros.',
    waitUntil: 'Bandykite dar kartą po {time}.',
    codeHint: {
      one: 'Įveskite {length} skaitmens kodą',
      few: 'Įveskite {length} skaitmenų kodą',
      many: 'Įveskite {length} skaitmenų kodą',
      other: 'Įveskite {length} skaitmenų kodą',
    },
    codeNotSentYet: 'Kodo dar neišsiuntėme. Paprašykite jo ir įveskite čia.',
    loading: 'Įkeliamas jūsų {attribute}…',
    codeHintAnyLength: 'Įveskite kodą iš žinutės',
    submitting: 'Tikrinama…',
    sending: 'Siunčiama…',
    saving: 'Išsaugoma…',
    errorPrefix: 'Klaida:',
    attributeFallback: 'el. pašto adresas arba telefono numeris',
    usernameLabel: 'Naudotojo vardas',
    resetPasswordHint: 'Kodą išsiųsime jūsų paskyroje nurodytu el. pašto adresu arba telefono numeriu.',
    newPasswordLabel: 'Naujas slaptažodis',
    showPassword: 'Rodyti slaptažodį',
    hidePassword: 'Slėpti slaptažodį',
    passwordRulesTitle: 'Slaptažodžio reikalavimai',
    passwordMinLength: {
      one: 'Bent {count} simbolis',
      few: 'Bent {count} simboliai',
      many: 'Bent {count} simbolio',
      other: 'Bent {count} simbolių',
    },
    passwordLowercase: 'Mažoji raidė',
    passwordUppercase: 'Didžioji raidė',
    passwordNumber: 'Skaitmuo',
    passwordSymbol: 'Specialusis simbolis, pvz., ! arba @',
    ruleMet: 'Įvykdyta:',
    ruleNotMet: 'Dar neįvykdyta:',
    passwordRulesLeft: {
      one: 'Liko įvykdyti {count} slaptažodžio reikalavimą',
      few: 'Liko įvykdyti {count} slaptažodžio reikalavimus',
      many: 'Liko įvykdyti {count} slaptažodžio reikalavimo',
      other: 'Liko įvykdyti {count} slaptažodžio reikalavimų',
    },
    passwordRulesAllMet: 'Slaptažodis atitinka visus reikalavimus.',
    resetPassword: 'Nustatyti slaptažodį iš naujo',
    resettingPassword: 'Keičiama…',
    passwordChanged: 'Slaptažodis pakeistas. Prisijunkite naudodami naują slaptažodį.',
    signIn: 'Prisijungti',
    confirmAccount: 'Patvirtinti paskyrą',
    useAnotherUsername: 'Naudoti kitą naudotojo vardą',
  },
};
