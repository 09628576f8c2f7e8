import type { Messages } from '../messages/types.ts';

/** Norwegian Bokmål (nb). */
export const messages: Messages = {
  locale: 'nb',

  exceptions: {
    AliasExistsException:
      'En annen konto bruker allerede {attribute}. Endre {attribute}, eller logg på den andre kontoen.',
    CodeDeliveryFailureException:
      'Vi kunne ikke sende koden. Sjekk at {attribute} er riktig, og be om en ny kode.',
    CodeMismatchException: 'Koden stemmer ikke med den vi sendte. Sjekk koden, og skriv den inn på nytt.',
    ExpiredCodeException: 'Koden er utløpt. Be om en ny kode, og skriv den inn her.',
    ForbiddenException:
      'Vi kan ikke ta imot denne forespørselen fra nettverket ditt akkurat nå. Prøv igjen senere, eller kontakt kundestøtte hvis det fortsetter.',
    InternalErrorException: 'Det er et problem med innloggingstjenesten. Prøv igjen om noen minutter.',
    InvalidEmailRoleAccessPolicyException:
      'Vi kan ikke sende e-post akkurat nå på grunn av et problem hos oss. Prøv igjen senere, eller kontakt kundestøtte.',
    InvalidLambdaResponseException:
      'Vi kunne ikke fullføre dette på grunn av et problem hos oss. Prøv igjen senere, eller kontakt kundestøtte.',
    InvalidParameterException:
      'Noen av opplysningene som ble sendt, ble ikke godtatt. Sjekk dem, og prøv igjen.',
    InvalidPasswordException: 'Passordet oppfyller ikke kravene. Velg et annet passord.',
    InvalidSmsRoleAccessPolicyException:
      'Vi kan ikke sende SMS akkurat nå på grunn av et problem hos oss. Prøv igjen senere, eller kontakt kundestøtte.',
    InvalidSmsRoleTrustRelationshipException:
      'SMS kan ikke sendes akkurat nå på grunn av et oppsettsproblem hos oss. Prøv igjen senere, eller kontakt kundestøtte.',
    LimitExceededException: 'Det har vært for mange forsøk. Vent noen minutter, og prøv igjen.',
    NotAuthorizedException: 'Økten din er avsluttet. Logg på igjen for å fortsette.',
    OperationNotEnabledException:
      'Dette er ikke tilgjengelig for kontoen din akkurat nå. Kontakt kundestøtte hvis du trenger hjelp.',
    PasswordHistoryPolicyViolationException:
      'Du har brukt dette passordet før. Velg et passord du ikke har brukt nylig.',
    PasswordResetRequiredException:
      'Du må tilbakestille passordet ditt før du kan fortsette. Tilbakestill det, og logg på igjen.',
    ResourceNotFoundException:
      'Denne tjenesten er ikke riktig satt opp, så vi kan ikke fortsette. Prøv igjen senere, eller kontakt kundestøtte.',
    TooManyFailedAttemptsException:
      'Det har vært for mange mislykkede forsøk. Vent noen minutter før du prøver igjen.',
    TooManyRequestsException:
      'Det har kommet for mange forespørsler på kort tid. Vent et minutt, og prøv igjen.',
    UnexpectedLambdaException:
      'Noe gikk galt da vi sjekket opplysningene dine. Prøv igjen senere, eller kontakt kundestøtte.',
    UserLambdaValidationException: 'Opplysningene dine ble ikke godtatt. Sjekk dem, og prøv igjen.',
    UserNotConfirmedException:
      'Kontoen din er ikke bekreftet ennå. Bekreft den med koden vi sendte da du registrerte deg, og logg på igjen.',
    UserNotFoundException:
      'Vi finner ikke kontoen din. Den kan ha blitt avsluttet. Logg på igjen for å fortsette.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'En annen konto bruker allerede {attribute}. Logg på den kontoen, eller endre {attribute} og registrer deg på nytt.',
      InvalidParameterException:
        'Vi kunne ikke bekrefte noen konto med disse opplysningene. Sjekk brukernavnet, og skriv inn koden på nytt.',
      LimitExceededException:
        'Det er skrevet inn for mange feil koder. Vent noen minutter, og skriv inn koden på nytt.',
      NotAuthorizedException:
        'Denne kontoen kan ikke bekreftes. Den kan ha blitt deaktivert. Kontakt kundestøtte hvis du trenger hjelp.',
      TooManyFailedAttemptsException:
        'Det er skrevet inn for mange feil koder. Vent noen minutter før du skriver inn koden på nytt.',
      UserLambdaValidationException:
        'Vi kunne ikke bekrefte kontoen din fordi noen av opplysningene dine ikke ble godtatt.',
      UserNotFoundException:
        'Det finnes ingen konto med det brukernavnet. Sjekk brukernavnet, og prøv igjen.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException: 'Vi kunne ikke sende en ny kode. Vent litt, og be om en ny kode igjen.',
      InvalidParameterException:
        'Vi kunne ikke sende en ny kode for denne kontoen. Hvis kontoen allerede er bekreftet, kan du logge på i stedet.',
      LimitExceededException: 'Det er bedt om for mange koder. Vent noen minutter før du ber om en ny.',
      NotAuthorizedException:
        'Vi kan ikke sende noen kode for denne kontoen. Kontakt kundestøtte hvis du trenger hjelp.',
      UserLambdaValidationException:
        'Vi kunne ikke sende en ny kode fordi noen av opplysningene dine ikke ble godtatt.',
      UserNotFoundException:
        'Det finnes ingen konto med det brukernavnet. Sjekk brukernavnet, og be om en kode på nytt.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'En annen konto bruker allerede {attribute} du skrev inn. Endre {attribute}, og prøv igjen.',
      CodeDeliveryFailureException:
        'Vi kunne ikke sende noen kode til {attribute} du skrev inn. Sjekk at det er riktig, og lagre på nytt.',
      CodeMismatchException:
        'Vi har ikke endret {attribute} fordi en kodekontroll mislyktes. Lagre endringen på nytt for å få en ny kode.',
      ExpiredCodeException:
        'Koden for denne endringen er utløpt. Lagre endringen på nytt for å få en ny kode.',
      InvalidParameterException: 'Vi kan ikke bruke {attribute} du skrev inn. Sjekk det, og prøv igjen.',
      PasswordResetRequiredException:
        'Du må tilbakestille passordet ditt før du kan endre {attribute}. Tilbakestill det, og logg på igjen.',
      UserLambdaValidationException:
        'Vi kunne ikke godta {attribute} du skrev inn. Sjekk det, eller skriv inn noe annet.',
      UserNotConfirmedException:
        'Du kan ikke endre {attribute} før kontoen din er bekreftet. Bekreft kontoen, og prøv igjen.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Vi kunne ikke sende noen kode til {attribute}. Sjekk at det er riktig, og be om en ny kode.',
      InvalidParameterException:
        'Vi kan ikke verifisere {attribute}. Sjekk at det er lagret på kontoen din, og prøv igjen.',
      LimitExceededException: 'Det er bedt om for mange koder. Vent noen minutter før du ber om en ny.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'En annen konto bruker allerede {attribute}, så vi kan ikke verifisere det for kontoen din. Endre {attribute}.',
      InvalidParameterException:
        'Vi kunne ikke verifisere {attribute} med denne koden. Be om en ny kode, og skriv den inn her.',
      LimitExceededException:
        'Det er skrevet inn for mange feil koder. Vent noen minutter, og skriv inn koden på nytt.',
    },
    GetUser: {
      InvalidParameterException:
        'Vi kunne ikke sjekke kontoopplysningene dine. Logg på igjen for å fortsette.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Vi kunne ikke sende noen kode for å tilbakestille passordet. Vent litt, og be om en kode igjen.',
      InvalidParameterException:
        'Vi kunne ikke sende noen kode for å tilbakestille passordet til denne kontoen. Kontakt kundestøtte hvis du trenger hjelp til å logge på.',
      LimitExceededException:
        'Det er bedt om for mange koder for å tilbakestille passordet. Vent noen minutter før du ber om en ny.',
      NotAuthorizedException:
        'Passordet til denne kontoen kan ikke tilbakestilles her. Kontakt kundestøtte hvis du trenger hjelp.',
      OperationNotEnabledException:
        'Passord kan ikke tilbakestilles her akkurat nå. Kontakt kundestøtte hvis du trenger hjelp til å logge på.',
      UserLambdaValidationException:
        'Vi kunne ikke sende noen kode for å tilbakestille passordet fordi noen av opplysningene dine ikke ble godtatt.',
      UserNotFoundException: 'Vi kunne ikke sende noen kode for det brukernavnet. Sjekk brukernavnet, og prøv igjen.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Vi kunne ikke tilbakestille passordet ditt med disse opplysningene. Sjekk koden og det nye passordet, og prøv igjen.',
      LimitExceededException:
        'Det er skrevet inn for mange feil koder. Vent noen minutter, og skriv inn koden på nytt.',
      NotAuthorizedException:
        'Passordet til denne kontoen kan ikke tilbakestilles her. Kontakt kundestøtte hvis du trenger hjelp.',
      OperationNotEnabledException:
        'Passord kan ikke tilbakestilles her akkurat nå. Kontakt kundestøtte hvis du trenger hjelp til å logge på.',
      TooManyFailedAttemptsException:
        'Det er skrevet inn for mange feil koder. Vent noen minutter før du skriver inn koden på nytt.',
      UserLambdaValidationException:
        'Vi kunne ikke endre passordet ditt fordi noen av opplysningene dine ikke ble godtatt.',
      UserNotConfirmedException:
        'Kontoen din er ikke bekreftet ennå. Bekreft den med koden vi sendte da du registrerte deg, og tilbakestill deretter passordet ditt.',
      UserNotFoundException:
        'Vi kunne ikke tilbakestille passordet for det brukernavnet. Sjekk brukernavnet, og prøv igjen.',
    },
  },

  local: {
    ValidationError: 'Sjekk opplysningene du har skrevet inn, og prøv igjen.',
    NetworkError: 'Vi fikk ikke kontakt. Sjekk internettforbindelsen din, og prøv igjen.',
    TimeoutError: 'Dette tar for lang tid. Sjekk internettforbindelsen din, og prøv igjen.',
    AbortError: '',
    SessionExpiredError: 'Du er logget av. Logg på igjen for å fortsette.',
    UnknownError: 'Noe gikk galt. Prøv igjen, eller kontakt kundestøtte hvis det fortsetter.',
  },

  validation: {
    code: {
      required: 'Skriv inn koden vi sendte deg',
      tooLong: 'Skriv bare inn koden fra meldingen',
      pattern: 'Skriv inn koden nøyaktig slik den står i meldingen',
      format: 'Skriv inn koden i riktig format, for eksempel 123456',
      incomplete: {
        one: 'Skriv inn hele koden på {length} siffer',
        other: 'Skriv inn alle de {length} sifrene i koden',
      },
    },
    username: {
      required: 'Skriv inn brukernavnet ditt',
      tooLong: 'Brukernavnet kan ha maks 128 tegn',
      pattern: 'Brukernavnet kan ikke inneholde mellomrom',
      format: 'Skriv inn brukernavnet ditt i riktig format',
    },
    password: {
      required: 'Skriv inn et nytt passord',
      tooLong: 'Passordet kan ha maks 256 tegn',
      pattern: 'Passordet kan ikke begynne eller slutte med mellomrom',
      format: 'Velg et passord som oppfyller alle kravene i listen',
    },
    attributeName: {
      required: 'Velg hva du vil verifisere',
      tooLong: 'Attributtnavnet kan ha maks 32 tegn',
      pattern: 'Attributtnavnet kan ikke inneholde mellomrom',
      format: 'Skriv inn attributtnavnet i riktig format',
    },
    value: {
      required: 'Skriv inn {attribute}',
      tooLong: 'Bruk maks 2048 tegn i {attribute}',
      pattern: 'Det er tegn i {attribute} som ikke kan brukes',
      format: 'Skriv inn {attribute} i riktig format',
    },
    valueByAttribute: {
      email: {
        format: 'Skriv inn en e-postadresse i riktig format, for eksempel navn@example.com',
      },
      phone_number: {
        pattern: 'Skriv inn et telefonnummer med landskode, for eksempel +15555550123',
        format: 'Skriv inn et telefonnummer med landskode, for eksempel +15555550123',
      },
    },
    configuration: {
      required:
        'Denne siden mangler noen oppsettsopplysninger. Prøv igjen senere, eller kontakt kundestøtte hvis det fortsetter',
      tooLong:
        'Denne siden sendte oppsettsopplysninger som er for lange. Prøv igjen senere, eller kontakt kundestøtte hvis det fortsetter',
      pattern:
        'Denne siden sendte oppsettsopplysninger som ikke kan brukes. Prøv igjen senere, eller kontakt kundestøtte hvis det fortsetter',
      format:
        'Denne siden sendte oppsettsopplysninger i feil format. Prøv igjen senere, eller kontakt kundestøtte hvis det fortsetter',
    },
    accessToken: {
      required: 'Logg på for å fortsette',
    },
  },

  attributes: {
    email: { noun: 'e-postadressen', label: 'E-postadresse' },
    phone_number: { noun: 'telefonnummeret', label: 'Telefonnummer' },
    given_name: { noun: 'fornavnet', label: 'Fornavn' },
    family_name: { noun: 'etternavnet', label: 'Etternavn' },
    preferred_username: { noun: 'det foretrukne brukernavnet', label: 'Foretrukket brukernavn' },
  },

  ui: {
    confirmationCodeLabel: 'Bekreftelseskode',
    verificationCodeLabel: 'Verifiseringskode',
    confirm: 'Bekreft',
    verify: 'Verifiser',
    save: 'Lagre',
    resendCode: 'Send koden på nytt',
    sendCode: 'Send kode',
    resendCodeIn: 'Send koden på nytt om {time}',
    codeSent: 'Vi har sendt en kode til {destination}.',
    codeSentByEmail: 'Vi har sendt en kode på e-post til {destination}.',
    codeSentBySms: 'Vi har sendt en kode på SMS til {destination}.',
    codeSentNoDestination: 'Vi har sendt deg en kode.',
    newCodeSent: 'Vi har sendt en ny kode til {destination}.',
    resendAvailable: 'Nå kan du be om en ny kode.',
    confirmed: 'Kontoen din er bekreftet.',
    alreadyConfirmed: 'Kontoen din er allerede bekreftet. Du kan logge på.',
    verified: 'Vi har verifisert {attribute}.',
    saved: 'Vi har lagret {attribute}.',
    pendingTitle: 'Verifiser endringen av {attribute}',
    pendingBody: 'Til du har verifisert {value}, gjelder {attribute} du har nå.',
    unverifiedTitle: 'Du har ikke verifisert {attribute} ennå',
    unverifiedBody: 'Du må verifisere {value} før du kan bruke det.',
    cancelChange: 'Avbryt endringen',
    tryAgain: 'Prøv igjen',
    signInAgain: 'Logg på igjen',
    useThisAnyway: 'Bruk for denne kontoen i stedet',
    useThisAnywayHint: 'Den andre kontoen kan da ikke lenger logge på med {attribute}.',
    waitUntil: 'Prøv igjen etter {time}.',
    codeHint: { one: 'Skriv inn koden på {length} siffer', other: 'Skriv inn koden på {length} siffer' },
    codeNotSentYet: 'Vi har ikke sendt noen kode ennå. Be om en, og skriv den inn her.',
    loading: 'Henter {attribute}…',
    codeHintAnyLength: 'Skriv inn koden fra meldingen',
    submitting: 'Sjekker…',
    sending: 'Sender…',
    saving: 'Lagrer…',
    errorPrefix: 'Feil:',
    attributeFallback: 'e-postadressen eller telefonnummeret',
    usernameLabel: 'Brukernavn',
    resetPasswordHint: 'Vi sender en kode til e-postadressen eller telefonnummeret som er registrert på kontoen din.',
    newPasswordLabel: 'Nytt passord',
    showPassword: 'Vis passord',
    hidePassword: 'Skjul passord',
    passwordRulesTitle: 'Krav til passordet',
    passwordMinLength: { one: 'Minst {count} tegn', other: 'Minst {count} tegn' },
    passwordLowercase: 'En liten bokstav',
    passwordUppercase: 'En stor bokstav',
    passwordNumber: 'Et siffer',
    passwordSymbol: 'Et spesialtegn, for eksempel ! eller @',
    ruleMet: 'Oppfylt:',
    ruleNotMet: 'Mangler:',
    passwordRulesLeft: { one: '{count} krav til passordet gjenstår', other: '{count} krav til passordet gjenstår' },
    passwordRulesAllMet: 'Passordet oppfyller alle kravene.',
    resetPassword: 'Tilbakestill passord',
    resettingPassword: 'Tilbakestiller…',
    passwordChanged: 'Passordet ditt er endret. Logg på med det nye passordet.',
    signIn: 'Logg på',
    confirmAccount: 'Bekreft kontoen',
    useAnotherUsername: 'Bruk et annet brukernavn',
  },
};
