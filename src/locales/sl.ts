import type { Messages } from '../messages/types.ts';

/** Slovenian (sl). */
export const messages: Messages = {
  locale: 'sl',

  exceptions: {
    AliasExistsException:
      'Ta {attribute} že uporablja drug račun. Uporabite drug {attribute} ali se prijavite v tisti račun.',
    CodeDeliveryFailureException:
      'Kode nismo mogli poslati. Preverite, ali je {attribute} pravilen, nato zahtevajte novo kodo.',
    CodeMismatchException: 'Ta koda se ne ujema s kodo, ki smo jo poslali. Preverite kodo in jo vnesite znova.',
    ExpiredCodeException: 'Ta koda je potekla. Zahtevajte novo kodo in jo vnesite tukaj.',
    ForbiddenException:
      'Zahteve iz vašega omrežja trenutno ne moremo sprejeti. Poskusite znova pozneje ali se obrnite na podporo, če se težava ponavlja.',
    InternalErrorException: 'Pri storitvi za prijavo je prišlo do težave. Poskusite znova čez nekaj minut.',
    InvalidEmailRoleAccessPolicyException:
      'Zaradi težave na naši strani trenutno ne moremo pošiljati e-poštnih sporočil. Poskusite znova pozneje ali se obrnite na podporo.',
    InvalidLambdaResponseException:
      'Zaradi težave na naši strani tega nismo mogli dokončati. Poskusite znova pozneje ali se obrnite na podporo.',
    InvalidParameterException: 'Nekateri poslani podatki niso bili sprejeti. Preverite jih in poskusite znova.',
    InvalidPasswordException: 'To geslo ne izpolnjuje pravil. Izberite drugo geslo.',
    InvalidSmsRoleAccessPolicyException:
      'Zaradi težave na naši strani trenutno ne moremo pošiljati SMS-sporočil. Poskusite znova pozneje ali se obrnite na podporo.',
    InvalidSmsRoleTrustRelationshipException:
      'Zaradi težave z nastavitvami na naši strani trenutno ni mogoče pošiljati SMS-sporočil. Poskusite znova pozneje ali se obrnite na podporo.',
    LimitExceededException: 'Poskusov je bilo preveč. Počakajte nekaj minut in poskusite znova.',
    NotAuthorizedException: 'Vaša seja je potekla. Za nadaljevanje se znova prijavite.',
    OperationNotEnabledException: 'To za vaš račun trenutno ni na voljo. Če potrebujete pomoč, se obrnite na podporo.',
    PasswordHistoryPolicyViolationException:
      'To geslo ste že uporabljali. Izberite geslo, ki ga v zadnjem času niste uporabljali.',
    PasswordResetRequiredException: 'Preden nadaljujete, morate ponastaviti geslo. Ponastavite ga in se znova prijavite.',
    ResourceNotFoundException:
      'Storitev ni pravilno nastavljena, zato ne moremo nadaljevati. Poskusite znova pozneje ali se obrnite na podporo.',
    TooManyFailedAttemptsException:
      'Neuspešnih poskusov je bilo preveč. Počakajte nekaj minut, preden poskusite znova.',
    TooManyRequestsException: 'V kratkem času je bilo preveč zahtev. Počakajte minuto in poskusite znova.',
    UnexpectedLambdaException:
      'Med preverjanjem vaših podatkov je šlo nekaj narobe. Poskusite znova pozneje ali se obrnite na podporo.',
    UserLambdaValidationException: 'Vaši podatki niso bili sprejeti. Preverite jih in poskusite znova.',
    UserNotConfirmedException:
      'Vaš račun še ni potrjen. Potrdite ga s kodo, ki smo vam jo poslali ob registraciji, nato se znova prijavite.',
    UserNotFoundException: 'Vašega računa ne najdemo. Morda je bil zaprt. Za nadaljevanje se znova prijavite.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Ta {attribute} že uporablja drug račun. Prijavite se v tisti račun ali se znova registrirajte in vnesite drug {attribute}.',
      InvalidParameterException:
        'S temi podatki računa nismo mogli potrditi. Preverite uporabniško ime in znova vnesite kodo.',
      LimitExceededException: 'Vnesenih je bilo preveč napačnih kod. Počakajte nekaj minut in znova vnesite kodo.',
      NotAuthorizedException:
        'Tega računa ni mogoče potrditi. Morda je bil onemogočen. Če potrebujete pomoč, se obrnite na podporo.',
      TooManyFailedAttemptsException:
        'Vnesenih je bilo preveč napačnih kod. Počakajte nekaj minut, preden znova vnesete kodo.',
      UserLambdaValidationException:
        'Vašega računa nismo mogli potrditi, ker nekateri vaši podatki niso bili sprejeti.',
      UserNotFoundException: 'Računa s tem uporabniškim imenom ni. Preverite uporabniško ime in poskusite znova.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Nove kode nismo mogli poslati. Počakajte trenutek in znova zahtevajte novo kodo.',
      InvalidParameterException:
        'Za ta račun nismo mogli poslati nove kode. Če je račun že potrjen, se raje prijavite.',
      LimitExceededException: 'Zahtevanih je bilo preveč kod. Počakajte nekaj minut, preden zahtevate novo.',
      NotAuthorizedException: 'Za ta račun ne moremo poslati kode. Če potrebujete pomoč, se obrnite na podporo.',
      UserLambdaValidationException: 'Nove kode nismo mogli poslati, ker nekateri vaši podatki niso bili sprejeti.',
      UserNotFoundException: 'Računa s tem uporabniškim imenom ni. Preverite uporabniško ime in znova zahtevajte kodo.',
    },
    UpdateUserAttributes: {
      AliasExistsException: 'Ta {attribute} že uporablja drug račun. Vnesite drug {attribute}.',
      CodeDeliveryFailureException:
        'Kode nismo mogli poslati na novi {attribute}. Preverite, ali je pravilen, in ga znova shranite.',
      CodeMismatchException:
        'Vaš {attribute} ni bil spremenjen, ker preverjanje kode ni uspelo. Znova shranite spremembo, da dobite novo kodo.',
      ExpiredCodeException:
        'Koda za to spremembo je potekla. Znova shranite spremembo, da dobite novo kodo.',
      InvalidParameterException: 'Ta {attribute} ni veljaven. Preverite ga in poskusite znova.',
      PasswordResetRequiredException:
        'Preden lahko spremenite {attribute}, morate ponastaviti geslo. Ponastavite ga in se znova prijavite.',
      UserLambdaValidationException: 'Ta {attribute} ni bil sprejet. Preverite ga ali poskusite z drugim.',
      UserNotConfirmedException:
        'Vaš {attribute} lahko spremenite šele, ko potrdite račun. Potrdite račun in poskusite znova.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Kode nismo mogli poslati na vaš {attribute}. Preverite, ali je pravilen, nato zahtevajte novo kodo.',
      InvalidParameterException:
        'Potrditev ni uspela: vaš {attribute} morda ni shranjen v računu. Preverite to in poskusite znova.',
      LimitExceededException: 'Zahtevanih je bilo preveč kod. Počakajte nekaj minut, preden zahtevate novo.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Ta {attribute} že uporablja drug račun, zato ga ne morete potrditi za svojega. Uporabite drug {attribute}.',
      InvalidParameterException:
        'Vaš {attribute} s to kodo ni bil potrjen. Zahtevajte novo kodo in jo vnesite tukaj.',
      LimitExceededException: 'Vnesenih je bilo preveč napačnih kod. Počakajte nekaj minut in znova vnesite kodo.',
    },
    GetUser: {
      InvalidParameterException: 'Podatkov vašega računa nismo mogli preveriti. Za nadaljevanje se znova prijavite.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Kode za ponastavitev nismo mogli poslati. Počakajte trenutek in znova zahtevajte kodo.',
      InvalidParameterException:
        'Za ta račun nismo mogli poslati kode za ponastavitev. Če potrebujete pomoč pri prijavi, se obrnite na podporo.',
      LimitExceededException:
        'Zahtevanih je bilo preveč kod za ponastavitev. Počakajte nekaj minut, preden zahtevate novo.',
      NotAuthorizedException:
        'Gesla za ta račun tukaj ni mogoče ponastaviti. Če potrebujete pomoč, se obrnite na podporo.',
      OperationNotEnabledException:
        'Gesel tukaj trenutno ni mogoče ponastaviti. Če potrebujete pomoč pri prijavi, se obrnite na podporo.',
      UserLambdaValidationException:
        'Kode za ponastavitev nismo mogli poslati, ker nekateri vaši podatki niso bili sprejeti.',
      UserNotFoundException:
        'Za to uporabniško ime nismo mogli poslati kode. Preverite uporabniško ime in poskusite znova.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'S temi podatki gesla nismo mogli ponastaviti. Preverite kodo in novo geslo ter poskusite znova.',
      LimitExceededException: 'Vnesenih je bilo preveč napačnih kod. Počakajte nekaj minut in znova vnesite kodo.',
      NotAuthorizedException:
        'Gesla za ta račun tukaj ni mogoče ponastaviti. Če potrebujete pomoč, se obrnite na podporo.',
      OperationNotEnabledException:
        'Gesel tukaj trenutno ni mogoče ponastaviti. Če potrebujete pomoč pri prijavi, se obrnite na podporo.',
      TooManyFailedAttemptsException:
        'Vnesenih je bilo preveč napačnih kod. Počakajte nekaj minut, preden znova vnesete kodo.',
      UserLambdaValidationException: 'Gesla nismo mogli spremeniti, ker nekateri vaši podatki niso bili sprejeti.',
      UserNotConfirmedException:
        'Vaš račun še ni potrjen. Potrdite ga s kodo, ki smo vam jo poslali ob registraciji, nato ponastavite geslo.',
      UserNotFoundException:
        'Za to uporabniško ime gesla nismo mogli ponastaviti. Preverite uporabniško ime in poskusite znova.',
    },
  },

  local: {
    ValidationError: 'Preverite vnesene podatke in poskusite znova.',
    NetworkError: 'Povezave ni bilo mogoče vzpostaviti. Preverite internetno povezavo in poskusite znova.',
    TimeoutError: 'To traja predolgo. Preverite internetno povezavo in poskusite znova.',
    AbortError: '',
    SessionExpiredError: 'Odjavljeni ste. Za nadaljevanje se znova prijavite.',
    UnknownError: 'Nekaj je šlo narobe. Poskusite znova ali se obrnite na podporo, če se težava ponavlja.',
  },

  validation: {
    code: {
      required: 'Vnesite kodo, ki smo vam jo poslali',
      tooLong: 'Vnesite samo kodo iz sporočila',
      pattern: 'Vnesite kodo natanko tako, kot je zapisana v sporočilu',
      format: 'Vnesite kodo v pravilni obliki, na primer 123456',
      incomplete: {
        one: 'Vnesite {length} števko kode',
        two: 'Vnesite {length} števki kode',
        few: 'Vnesite vse {length} števke kode',
        other: 'Vnesite vseh {length} števk kode',
      },
    },
    username: {
      required: 'Vnesite uporabniško ime',
      tooLong: 'Uporabniško ime ima lahko največ 128 znakov',
      pattern: 'Uporabniško ime ne sme vsebovati presledkov',
      format: 'Vnesite uporabniško ime v pravilni obliki',
    },
    password: {
      required: 'Vnesite novo geslo',
      tooLong: 'Geslo ima lahko največ 256 znakov',
      pattern: 'Geslo se ne sme začeti ali končati s presledkom',
      format: 'Izberite geslo, ki izpolnjuje vsa pravila s seznama',
    },
    attributeName: {
      required: 'Izberite, kaj želite potrditi',
      tooLong: 'Ime polja ima lahko največ 32 znakov',
      pattern: 'Ime polja ne sme vsebovati presledkov',
      format: 'Vnesite ime polja v pravilni obliki',
    },
    value: {
      required: 'Vnesite svoj {attribute}',
      tooLong: 'Vaš {attribute} ima lahko največ 2048 znakov',
      pattern: 'Vaš {attribute} vsebuje nedovoljene znake',
      format: 'Vnesite svoj {attribute} v pravilni obliki',
    },
    valueByAttribute: {
      email: {
        format: 'Vnesite e-poštni naslov v pravilni obliki, na primer name@example.com',
      },
      phone_number: {
        pattern: 'Vnesite telefonsko številko s kodo države, na primer +15555550123',
        format: 'Vnesite telefonsko številko s kodo države, na primer +15555550123',
      },
    },
    configuration: {
      required:
        'Na tej strani manjkajo nekateri podatki o nastavitvah. Poskusite znova pozneje ali se obrnite na podporo, če se težava ponavlja',
      tooLong:
        'Ta stran je poslala predolge podatke o nastavitvah. Poskusite znova pozneje ali se obrnite na podporo, če se težava ponavlja',
      pattern:
        'Ta stran je poslala podatke o nastavitvah, ki jih ni mogoče uporabiti. Poskusite znova pozneje ali se obrnite na podporo, če se težava ponavlja',
      format:
        'Ta stran je poslala podatke o nastavitvah v napačni obliki. Poskusite znova pozneje ali se obrnite na podporo, če se težava ponavlja',
    },
    accessToken: {
      required: 'Za nadaljevanje se prijavite',
    },
  },

  attributes: {
    email: { noun: 'e-poštni naslov', label: 'E-pošta' },
    phone_number: { noun: 'telefon', label: 'Telefonska številka' },
    given_name: { noun: 'ime', label: 'Ime' },
    family_name: { noun: 'priimek', label: 'Priimek' },
    preferred_username: { noun: 'želeno uporabniško ime', label: 'Želeno uporabniško ime' },
  },

  ui: {
    confirmationCodeLabel: 'Potrditvena koda',
    verificationCodeLabel: 'Koda za preverjanje',
    confirm: 'Potrdi',
    verify: 'Potrdi',
    save: 'Shrani',
    resendCode: 'Znova pošlji kodo',
    sendCode: 'Pošlji kodo',
    resendCodeIn: 'Znova pošlji kodo čez {time}',
    codeSent: 'Kodo smo poslali na {destination}.',
    codeSentByEmail: 'Kodo smo poslali po e-pošti na {destination}.',
    codeSentBySms: 'Kodo smo poslali v SMS-sporočilu na {destination}.',
    codeSentNoDestination: 'Poslali smo vam kodo.',
    newCodeSent: 'Novo kodo smo poslali na {destination}.',
    resendAvailable: 'Zdaj lahko zahtevate novo kodo.',
    confirmed: 'Vaš račun je potrjen.',
    alreadyConfirmed: 'Vaš račun je že potrjen. Lahko se prijavite.',
    verified: 'Vaš {attribute} je potrjen.',
    saved: 'Vaš {attribute} je shranjen.',
    pendingTitle: 'Potrdite svoj novi {attribute}',
    pendingBody: 'Vaš trenutni {attribute} velja, dokler ne potrdite {value}.',
    unverifiedTitle: 'Vaš {attribute} ni potrjen',
    unverifiedBody: 'Pred uporabo morate potrditi {value}.',
    cancelChange: 'Prekliči spremembo',
    tryAgain: 'Poskusi znova',
    signInAgain: 'Znova se prijavi',
    useThisAnyway: 'Vseeno uporabi za ta račun',
    useThisAnywayHint: 'Za prijavo v drugi račun ta {attribute} ne bo več deloval.',
    waitUntil: 'Poskusite znova po {time}.',
    codeHint: {
      one: 'Vnesite {length}-mestno kodo',
      two: 'Vnesite {length}-mestno kodo',
      few: 'Vnesite {length}-mestno kodo',
      other: 'Vnesite {length}-mestno kodo',
    },
    codeNotSentYet: 'Kode še nismo poslali. Zahtevajte jo in jo vnesite tukaj.',
    loading: 'Nalagamo vaš {attribute}…',
    codeHintAnyLength: 'Vnesite kodo iz sporočila',
    submitting: 'Preverjamo…',
    sending: 'Pošiljamo…',
    saving: 'Shranjujemo…',
    errorPrefix: 'Napaka:',
    attributeFallback: 'e-poštni naslov ali telefon',
    usernameLabel: 'Uporabniško ime',
    resetPasswordHint: 'Kodo bomo poslali na e-poštni naslov ali telefonsko številko, shranjeno v vašem računu.',
    newPasswordLabel: 'Novo geslo',
    showPassword: 'Pokaži geslo',
    hidePassword: 'Skrij geslo',
    passwordRulesTitle: 'Zahteve za geslo',
    passwordMinLength: {
      one: 'Vsaj {count} znak',
      two: 'Vsaj {count} znaka',
      few: 'Vsaj {count} znaki',
      other: 'Vsaj {count} znakov',
    },
    passwordLowercase: 'Mala črka',
    passwordUppercase: 'Velika črka',
    passwordNumber: 'Številka',
    passwordSymbol: 'Poseben znak, na primer ! ali @',
    ruleMet: 'Izpolnjeno:',
    ruleNotMet: 'Še manjka:',
    passwordRulesLeft: {
      one: 'Izpolniti je treba še {count} pravilo za geslo',
      two: 'Izpolniti je treba še {count} pravili za geslo',
      few: 'Izpolniti je treba še {count} pravila za geslo',
      other: 'Izpolniti je treba še {count} pravil za geslo',
    },
    passwordRulesAllMet: 'Geslo izpolnjuje vsa pravila.',
    resetPassword: 'Ponastavi geslo',
    resettingPassword: 'Ponastavljamo…',
    passwordChanged: 'Geslo je spremenjeno. Prijavite se z novim geslom.',
    signIn: 'Prijavi se',
    confirmAccount: 'Potrdi račun',
    useAnotherUsername: 'Uporabi drugo uporabniško ime',
  },
};
