import type { Messages } from '../messages/types.ts';

/** Dutch (nl). */
export const messages: Messages = {
  locale: 'nl',

  exceptions: {
    AliasExistsException:
      'Dit {attribute} wordt al gebruikt door een ander account. Gebruik een ander {attribute} of log in op het andere account.',
    CodeDeliveryFailureException:
      'We konden de code niet versturen. Controleer of je {attribute} klopt en vraag een nieuwe code aan.',
    CodeMismatchException:
      'Deze code komt niet overeen met de code die we hebben gestuurd. Controleer de code en voer hem opnieuw in.',
    ExpiredCodeException: 'Deze code is verlopen. Vraag een nieuwe code aan en voer die hier in.',
    ForbiddenException:
      'We kunnen dit verzoek vanaf je netwerk nu niet accepteren. Probeer het later opnieuw of neem contact op met de klantenservice als het probleem blijft.',
    InternalErrorException: 'Er is een probleem met de inlogservice. Probeer het over een paar minuten opnieuw.',
    InvalidEmailRoleAccessPolicyException:
      'We kunnen op dit moment geen e-mails versturen door een probleem aan onze kant. Probeer het later opnieuw of neem contact op met de klantenservice.',
    InvalidLambdaResponseException:
      'We konden dit niet afronden door een probleem aan onze kant. Probeer het later opnieuw of neem contact op met de klantenservice.',
    InvalidParameterException: 'Sommige verstuurde gegevens zijn niet geaccepteerd. Controleer ze en probeer het opnieuw.',
    InvalidPasswordException: 'Dit wachtwoord voldoet niet aan de eisen. Kies een ander wachtwoord.',
    InvalidSmsRoleAccessPolicyException:
      'We kunnen op dit moment geen sms-berichten versturen door een probleem aan onze kant. Probeer het later opnieuw of neem contact op met de klantenservice.',
    InvalidSmsRoleTrustRelationshipException:
      'Er kunnen op dit moment geen sms-berichten worden verstuurd door een instellingsprobleem aan onze kant. Probeer het later opnieuw of neem contact op met de klantenservice.',
    LimitExceededException: 'Er zijn te veel pogingen gedaan. Wacht een paar minuten en probeer het dan opnieuw.',
    NotAuthorizedException: 'Je sessie is beëindigd. Log opnieuw in om verder te gaan.',
    OperationNotEnabledException:
      'Dit is op dit moment niet beschikbaar voor je account. Neem contact op met de klantenservice als je hulp nodig hebt.',
    PasswordHistoryPolicyViolationException:
      'Je hebt dit wachtwoord al eerder gebruikt. Kies een wachtwoord dat je de laatste tijd niet hebt gebruikt.',
    PasswordResetRequiredException:
      'Je moet je wachtwoord opnieuw instellen voordat je verder kunt. Stel het opnieuw in en log daarna opnieuw in.',
    ResourceNotFoundException:
      'Deze dienst is niet goed ingesteld, dus we kunnen niet verder. Probeer het later opnieuw of neem contact op met de klantenservice.',
    TooManyFailedAttemptsException:
      'Er zijn te veel onjuiste pogingen gedaan. Wacht een paar minuten voordat je het opnieuw probeert.',
    TooManyRequestsException:
      'Er zijn in korte tijd te veel verzoeken gedaan. Wacht een minuut en probeer het dan opnieuw.',
    UnexpectedLambdaException:
      'Er ging iets mis bij het controleren van je gegevens. Probeer het later opnieuw of neem contact op met de klantenservice.',
    UserLambdaValidationException: 'Je gegevens zijn niet geaccepteerd. Controleer ze en probeer het opnieuw.',
    UserNotConfirmedException:
      'Je account is nog niet bevestigd. Bevestig het met de code die we je bij het aanmelden hebben gestuurd en log daarna opnieuw in.',
    UserNotFoundException:
      'We kunnen je account niet vinden. Misschien is het opgeheven. Log opnieuw in om verder te gaan.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Dit {attribute} wordt al gebruikt door een ander account. Log in op dat account of meld je opnieuw aan met een ander {attribute}.',
      InvalidParameterException:
        'We konden geen account met deze gegevens bevestigen. Controleer de gebruikersnaam en voer de code opnieuw in.',
      LimitExceededException:
        'Er zijn te veel onjuiste codes ingevoerd. Wacht een paar minuten en voer de code dan opnieuw in.',
      NotAuthorizedException:
        'Dit account kan niet worden bevestigd. Misschien is het uitgeschakeld. Neem contact op met de klantenservice als je hulp nodig hebt.',
      TooManyFailedAttemptsException:
        'Er zijn te veel onjuiste codes ingevoerd. Wacht een paar minuten voordat je de code opnieuw invoert.',
      UserLambdaValidationException:
        'We konden je account niet bevestigen, omdat sommige van je gegevens niet zijn geaccepteerd.',
      UserNotFoundException:
        'Er is geen account met die gebruikersnaam. Controleer de gebruikersnaam en probeer het opnieuw.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'We konden geen nieuwe code versturen. Wacht even en vraag dan opnieuw een nieuwe code aan.',
      InvalidParameterException:
        'We konden geen nieuwe code voor dit account versturen. Als het account al bevestigd is, log dan gewoon in.',
      LimitExceededException:
        'Er zijn te veel codes aangevraagd. Wacht een paar minuten voordat je een nieuwe aanvraagt.',
      NotAuthorizedException:
        'We kunnen geen code voor dit account versturen. Neem contact op met de klantenservice als je hulp nodig hebt.',
      UserLambdaValidationException:
        'We konden geen nieuwe code versturen, omdat sommige van je gegevens niet zijn geaccepteerd.',
      UserNotFoundException:
        'Er is geen account met die gebruikersnaam. Controleer de gebruikersnaam en vraag dan opnieuw een code aan.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'Dit {attribute} wordt al gebruikt door een ander account. Voer een ander {attribute} in.',
      CodeDeliveryFailureException:
        'We konden geen code naar je nieuwe {attribute} sturen. Controleer of dit klopt en sla de wijziging opnieuw op.',
      CodeMismatchException:
        'Je {attribute} is niet gewijzigd, omdat een codecontrole is mislukt. Sla de wijziging opnieuw op om een nieuwe code te krijgen.',
      ExpiredCodeException:
        'De code voor deze wijziging is verlopen. Sla de wijziging opnieuw op om een nieuwe code te krijgen.',
      InvalidParameterException:
        'Je kunt dit niet als {attribute} gebruiken. Controleer wat je hebt ingevoerd en probeer het opnieuw.',
      PasswordResetRequiredException:
        'Je moet je wachtwoord opnieuw instellen voordat je je {attribute} kunt wijzigen. Stel het opnieuw in en log daarna opnieuw in.',
      UserLambdaValidationException:
        'Dit is niet geaccepteerd als {attribute}. Controleer wat je hebt ingevoerd of voer iets anders in.',
      UserNotConfirmedException:
        'Je kunt je {attribute} pas wijzigen als je account is bevestigd. Bevestig je account en probeer het opnieuw.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'We konden geen code naar je {attribute} sturen. Controleer of dit klopt en vraag een nieuwe code aan.',
      InvalidParameterException:
        'Je {attribute} kan niet worden geverifieerd. Controleer of dit in je account is opgeslagen en probeer het opnieuw.',
      LimitExceededException:
        'Er zijn te veel codes aangevraagd. Wacht een paar minuten voordat je een nieuwe aanvraagt.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Dit {attribute} wordt al gebruikt door een ander account en kan daarom niet voor jouw account worden geverifieerd. Gebruik een ander {attribute}.',
      InvalidParameterException:
        'We konden je {attribute} niet verifiëren met deze code. Vraag een nieuwe code aan en voer die hier in.',
      LimitExceededException:
        'Er zijn te veel onjuiste codes ingevoerd. Wacht een paar minuten en voer de code dan opnieuw in.',
    },
    GetUser: {
      InvalidParameterException: 'We konden je accountgegevens niet controleren. Log opnieuw in om verder te gaan.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'We konden geen code sturen om je wachtwoord opnieuw in te stellen. Wacht even en vraag dan opnieuw een code aan.',
      InvalidParameterException:
        'We konden geen code sturen om het wachtwoord van dit account opnieuw in te stellen. Neem contact op met de klantenservice als je hulp nodig hebt bij het inloggen.',
      LimitExceededException:
        'Er zijn te veel codes aangevraagd om een wachtwoord opnieuw in te stellen. Wacht een paar minuten voordat je een nieuwe aanvraagt.',
      NotAuthorizedException:
        'Het wachtwoord van dit account kan hier niet opnieuw worden ingesteld. Neem contact op met de klantenservice als je hulp nodig hebt.',
      OperationNotEnabledException:
        'Wachtwoorden kunnen hier op dit moment niet opnieuw worden ingesteld. Neem contact op met de klantenservice als je hulp nodig hebt bij het inloggen.',
      UserLambdaValidationException:
        'We konden geen code sturen om je wachtwoord opnieuw in te stellen, omdat sommige van je gegevens niet zijn geaccepteerd.',
      UserNotFoundException:
        'We konden geen code sturen voor die gebruikersnaam. Controleer de gebruikersnaam en probeer het opnieuw.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'We konden je wachtwoord met deze gegevens niet opnieuw instellen. Controleer de code en het nieuwe wachtwoord en probeer het opnieuw.',
      LimitExceededException:
        'Er zijn te veel onjuiste codes ingevoerd. Wacht een paar minuten en voer de code dan opnieuw in.',
      NotAuthorizedException:
        'Het wachtwoord van dit account kan hier niet opnieuw worden ingesteld. Neem contact op met de klantenservice als je hulp nodig hebt.',
      OperationNotEnabledException:
        'Wachtwoorden kunnen hier op dit moment niet opnieuw worden ingesteld. Neem contact op met de klantenservice als je hulp nodig hebt bij het inloggen.',
      TooManyFailedAttemptsException:
        'Er zijn te veel onjuiste codes ingevoerd. Wacht een paar minuten voordat je de code opnieuw invoert.',
      UserLambdaValidationException:
        'We konden je wachtwoord niet wijzigen, omdat sommige van je gegevens niet zijn geaccepteerd.',
      UserNotConfirmedException:
        'Je account is nog niet bevestigd. Bevestig het met de code die we je bij het aanmelden hebben gestuurd en stel daarna je wachtwoord opnieuw in.',
      UserNotFoundException:
        'We konden het wachtwoord voor die gebruikersnaam niet opnieuw instellen. Controleer de gebruikersnaam en probeer het opnieuw.',
    },
  },

  local: {
    ValidationError: 'Controleer wat je hebt ingevuld en probeer het opnieuw.',
    NetworkError: 'We konden geen verbinding maken. Controleer je internetverbinding en probeer het opnieuw.',
    TimeoutError: 'Dit duurt te lang. Controleer je internetverbinding en probeer het opnieuw.',
    AbortError: '',
    SessionExpiredError: 'Je bent uitgelogd. Log opnieuw in om verder te gaan.',
    UnknownError:
      'Er ging iets mis. Probeer het opnieuw of neem contact op met de klantenservice als het probleem blijft.',
  },

  validation: {
    code: {
      required: 'Voer de code in die we je hebben gestuurd',
      tooLong: 'Voer alleen de code uit het bericht in',
      pattern: 'Voer de code precies zo in als in het bericht',
      format: 'Voer de code in de juiste vorm in, bijvoorbeeld 123456',
      incomplete: {
        one: 'Voer de volledige code van {length} cijfer in',
        other: 'Voer alle {length} cijfers van de code in',
      },
    },
    username: {
      required: 'Voer je gebruikersnaam in',
      tooLong: 'Je gebruikersnaam mag maximaal 128 tekens lang zijn',
      pattern: 'Je gebruikersnaam mag geen spaties bevatten',
      format: 'Voer je gebruikersnaam in de juiste vorm in',
    },
    password: {
      required: 'Voer een nieuw wachtwoord in',
      tooLong: 'Je wachtwoord mag maximaal 256 tekens lang zijn',
      pattern: 'Je wachtwoord mag niet beginnen of eindigen met een spatie',
      format: 'Kies een wachtwoord dat aan alle eisen in de lijst voldoet',
    },
    attributeName: {
      required: 'Kies wat je wilt verifiëren',
      tooLong: 'De attribuutnaam mag maximaal 32 tekens lang zijn',
      pattern: 'De attribuutnaam mag geen spaties bevatten',
      format: 'Voer de attribuutnaam in de juiste vorm in',
    },
    value: {
      required: 'Voer je {attribute} in',
      tooLong: 'Je {attribute} mag maximaal 2048 tekens lang zijn',
      pattern: 'Je {attribute} bevat tekens die niet kunnen worden gebruikt',
      format: 'Voer je {attribute} in de juiste vorm in',
    },
    valueByAttribute: {
      email: {
        format: 'Voer een e-mailadres in de juiste vorm in, bijvoorbeeld naam@example.com',
      },
      phone_number: {
        pattern: 'Voer een telefoonnummer met landcode in, bijvoorbeeld +15555550123',
        format: 'Voer een telefoonnummer met landcode in, bijvoorbeeld +15555550123',
      },
    },
    configuration: {
      required:
        'Op deze pagina ontbreken enkele instellingsgegevens. Probeer het later opnieuw of neem contact op met de klantenservice als het probleem blijft',
      tooLong:
        'Deze pagina heeft te lange instellingsgegevens verstuurd. Probeer het later opnieuw of neem contact op met de klantenservice als het probleem blijft',
      pattern:
        'Deze pagina heeft instellingsgegevens verstuurd die niet kunnen worden gebruikt. Probeer het later opnieuw of neem contact op met de klantenservice als het probleem blijft',
      format:
        'Deze pagina heeft instellingsgegevens in de verkeerde vorm verstuurd. Probeer het later opnieuw of neem contact op met de klantenservice als het probleem blijft',
    },
    accessToken: {
      required: 'Log in om verder te gaan',
    },
  },

  attributes: {
    email: { noun: 'e-mailadres', label: 'E-mailadres' },
    phone_number: { noun: 'telefoonnummer', label: 'Telefoonnummer' },
    given_name: { noun: 'voornaam', label: 'Voornaam' },
    family_name: { noun: 'achternaam', label: 'Achternaam' },
    preferred_username: { noun: 'gewenste gebruikersnaam', label: 'Gewenste gebruikersnaam' },
  },

  ui: {
    confirmationCodeLabel: 'Bevestigingscode',
    verificationCodeLabel: 'Verificatiecode',
    confirm: 'Bevestigen',
    verify: 'Verifiëren',
    save: 'Opslaan',
    resendCode: 'Code opnieuw sturen',
    sendCode: 'Code sturen',
    resendCodeIn: 'Code opnieuw sturen over {time}',
    codeSent: 'We hebben een code gestuurd naar {destination}.',
    codeSentByEmail: 'We hebben een code per e-mail gestuurd naar {destination}.',
    codeSentBySms: 'We hebben een code per sms gestuurd naar {destination}.',
    codeSentNoDestination: 'We hebben je een code gestuurd.',
    newCodeSent: 'We hebben een nieuwe code gestuurd naar {destination}.',
    resendAvailable: 'Je kunt nu een nieuwe code aanvragen.',
    confirmed: 'Je account is bevestigd.',
    alreadyConfirmed: 'Je account is al bevestigd. Je kunt inloggen.',
    verified: 'Je {attribute} is geverifieerd.',
    saved: 'Je {attribute} is opgeslagen.',
    pendingTitle: 'Verifieer je nieuwe {attribute}',
    pendingBody: 'Je huidige {attribute} blijft actief totdat je {value} hebt geverifieerd.',
    unverifiedTitle: 'Je {attribute} is niet geverifieerd',
    unverifiedBody: 'Je moet {value} verifiëren voordat je het kunt gebruiken.',
    cancelChange: 'Wijziging annuleren',
    tryAgain: 'Opnieuw proberen',
    signInAgain: 'Opnieuw inloggen',
    useThisAnyway: 'Toch voor dit account gebruiken',
    useThisAnywayHint: 'Het andere account kan dan niet meer inloggen met dit {attribute}.',
    waitUntil: 'Probeer het na {time} opnieuw.',
    codeHint: { one: 'Voer de code van {length} cijfer in', other: 'Voer de code van {length} cijfers in' },
    codeNotSentYet: 'We hebben nog geen code gestuurd. Vraag er een aan en voer die hier in.',
    loading: 'Je {attribute} wordt geladen…',
    codeHintAnyLength: 'Voer de code uit het bericht in',
    submitting: 'Bezig met controleren…',
    sending: 'Bezig met versturen…',
    saving: 'Bezig met opslaan…',
    errorPrefix: 'Fout:',
    attributeFallback: 'e-mailadres of telefoonnummer',
    usernameLabel: 'Gebruikersnaam',
    resetPasswordHint: 'We sturen een code naar het e-mailadres of telefoonnummer van je account.',
    newPasswordLabel: 'Nieuw wachtwoord',
    showPassword: 'Wachtwoord tonen',
    hidePassword: 'Wachtwoord verbergen',
    passwordRulesTitle: 'Eisen voor je wachtwoord',
    passwordMinLength: { one: 'Minimaal {count} teken', other: 'Minimaal {count} tekens' },
    passwordLowercase: 'Een kleine letter',
    passwordUppercase: 'Een hoofdletter',
    passwordNumber: 'Een cijfer',
    passwordSymbol: 'Een speciaal teken, zoals ! of @',
    ruleMet: 'Voldaan:',
    ruleNotMet: 'Nog nodig:',
    passwordRulesLeft: {
      one: 'Je wachtwoord voldoet nog niet aan {count} eis',
      other: 'Je wachtwoord voldoet nog niet aan {count} eisen',
    },
    passwordRulesAllMet: 'Je wachtwoord voldoet aan alle eisen.',
    resetPassword: 'Wachtwoord opnieuw instellen',
    resettingPassword: 'Bezig met instellen…',
    passwordChanged: 'Je wachtwoord is gewijzigd. Log in met je nieuwe wachtwoord.',
    signIn: 'Inloggen',
    confirmAccount: 'Account bevestigen',
    useAnotherUsername: 'Andere gebruikersnaam gebruiken',
  },
};
