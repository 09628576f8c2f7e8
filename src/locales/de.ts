import type { Messages } from '../messages/types.ts';

/** German (de). */
export const messages: Messages = {
  locale: 'de',

  exceptions: {
    AliasExistsException:
      'Diese {attribute} wird bereits von einem anderen Konto verwendet. Verwenden Sie eine andere {attribute} oder melden Sie sich beim anderen Konto an.',
    CodeDeliveryFailureException:
      'Wir konnten den Code nicht senden. Prüfen Sie, ob die {attribute} stimmt, und fordern Sie dann einen neuen Code an.',
    CodeMismatchException:
      'Dieser Code stimmt nicht mit dem gesendeten Code überein. Prüfen Sie den Code und geben Sie ihn noch einmal ein.',
    ExpiredCodeException: 'Dieser Code ist abgelaufen. Fordern Sie einen neuen Code an und geben Sie ihn hier ein.',
    ForbiddenException:
      'Wir können diese Anfrage aus Ihrem Netzwerk gerade nicht annehmen. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht.',
    InternalErrorException: 'Beim Anmeldedienst gibt es ein Problem. Versuchen Sie es in ein paar Minuten noch einmal.',
    InvalidEmailRoleAccessPolicyException:
      'Wegen eines Problems bei uns können wir gerade keine E-Mails senden. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    InvalidLambdaResponseException:
      'Wegen eines Problems bei uns konnten wir den Vorgang nicht abschließen. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    InvalidParameterException:
      'Einige der gesendeten Angaben wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es noch einmal.',
    InvalidPasswordException: 'Dieses Passwort erfüllt nicht alle Anforderungen. Wählen Sie ein anderes Passwort.',
    InvalidSmsRoleAccessPolicyException:
      'Wegen eines Problems bei uns können wir gerade keine SMS senden. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    InvalidSmsRoleTrustRelationshipException:
      'Wegen eines Einrichtungsproblems bei uns können gerade keine SMS gesendet werden. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    LimitExceededException:
      'Es gab zu viele Versuche. Warten Sie ein paar Minuten und versuchen Sie es dann noch einmal.',
    NotAuthorizedException: 'Ihre Sitzung wurde beendet. Melden Sie sich noch einmal an, um fortzufahren.',
    OperationNotEnabledException:
      'Diese Funktion ist für Ihr Konto gerade nicht verfügbar. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
    PasswordHistoryPolicyViolationException:
      'Sie haben dieses Passwort schon einmal verwendet. Wählen Sie ein Passwort, das Sie in letzter Zeit nicht verwendet haben.',
    PasswordResetRequiredException:
      'Sie müssen Ihr Passwort zurücksetzen, bevor Sie fortfahren können. Setzen Sie es zurück und melden Sie sich dann noch einmal an.',
    ResourceNotFoundException:
      'Dieser Dienst ist nicht richtig eingerichtet, daher können wir nicht fortfahren. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    TooManyFailedAttemptsException:
      'Es gab zu viele falsche Versuche. Warten Sie ein paar Minuten, bevor Sie es noch einmal versuchen.',
    TooManyRequestsException:
      'Es gab zu viele Anfragen in kurzer Zeit. Warten Sie eine Minute und versuchen Sie es dann noch einmal.',
    UnexpectedLambdaException:
      'Beim Prüfen Ihrer Angaben ist etwas schiefgelaufen. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support.',
    UserLambdaValidationException: 'Ihre Angaben wurden nicht akzeptiert. Prüfen Sie sie und versuchen Sie es noch einmal.',
    UserNotConfirmedException:
      'Ihr Konto ist noch nicht bestätigt. Bestätigen Sie es mit dem Code, den wir Ihnen bei der Registrierung gesendet haben, und melden Sie sich dann noch einmal an.',
    UserNotFoundException:
      'Wir können Ihr Konto nicht finden. Möglicherweise wurde es geschlossen. Melden Sie sich noch einmal an, um fortzufahren.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Diese {attribute} wird bereits von einem anderen Konto verwendet. Melden Sie sich bei diesem Konto an oder registrieren Sie sich noch einmal mit einer anderen {attribute}.',
      InvalidParameterException:
        'Mit diesen Angaben konnten wir kein Konto bestätigen. Prüfen Sie den Benutzernamen und geben Sie den Code dann noch einmal ein.',
      LimitExceededException:
        'Es wurden zu viele falsche Codes eingegeben. Warten Sie ein paar Minuten und geben Sie den Code dann noch einmal ein.',
      NotAuthorizedException:
        'Dieses Konto kann nicht bestätigt werden. Möglicherweise wurde es deaktiviert. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
      TooManyFailedAttemptsException:
        'Es wurden zu viele falsche Codes eingegeben. Warten Sie ein paar Minuten, bevor Sie den Code noch einmal eingeben.',
      UserLambdaValidationException:
        'Wir konnten Ihr Konto nicht bestätigen, weil einige Ihrer Angaben nicht akzeptiert wurden.',
      UserNotFoundException:
        'Es gibt kein Konto mit diesem Benutzernamen. Prüfen Sie den Benutzernamen und versuchen Sie es noch einmal.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Wir konnten keinen neuen Code senden. Warten Sie einen Moment und fordern Sie dann noch einmal einen neuen Code an.',
      InvalidParameterException:
        'Wir konnten für dieses Konto keinen neuen Code senden. Wenn das Konto schon bestätigt ist, melden Sie sich stattdessen an.',
      LimitExceededException:
        'Es wurden zu viele Codes angefordert. Warten Sie ein paar Minuten, bevor Sie einen weiteren anfordern.',
      NotAuthorizedException:
        'Wir können für dieses Konto keinen Code senden. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
      UserLambdaValidationException:
        'Wir konnten keinen neuen Code senden, weil einige Ihrer Angaben nicht akzeptiert wurden.',
      UserNotFoundException:
        'Es gibt kein Konto mit diesem Benutzernamen. Prüfen Sie den Benutzernamen und fordern Sie dann noch einmal einen Code an.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'Diese {attribute} wird bereits von einem anderen Konto verwendet. Geben Sie eine andere {attribute} ein.',
      CodeDeliveryFailureException:
        'Wir konnten keinen Code an die neue {attribute} senden. Prüfen Sie, ob sie stimmt, und speichern Sie sie dann noch einmal.',
      CodeMismatchException:
        'Ihre {attribute} wurde nicht geändert, weil eine Codeprüfung fehlgeschlagen ist. Speichern Sie die Änderung noch einmal, um einen neuen Code zu erhalten.',
      ExpiredCodeException:
        'Der Code für diese Änderung ist abgelaufen. Speichern Sie die Änderung noch einmal, um einen neuen Code zu erhalten.',
      InvalidParameterException:
        'Diese Angabe kann nicht als {attribute} verwendet werden. Prüfen Sie sie und versuchen Sie es noch einmal.',
      PasswordResetRequiredException:
        'Sie müssen Ihr Passwort zurücksetzen, bevor Sie Ihre {attribute} ändern können. Setzen Sie es zurück und melden Sie sich dann noch einmal an.',
      UserLambdaValidationException:
        'Diese Angabe wurde als {attribute} nicht akzeptiert. Prüfen Sie sie oder geben Sie etwas anderes ein.',
      UserNotConfirmedException:
        'Sie können Ihre {attribute} erst ändern, wenn Ihr Konto bestätigt ist. Bestätigen Sie Ihr Konto und versuchen Sie es dann noch einmal.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Wir konnten keinen Code an Ihre {attribute} senden. Prüfen Sie, ob sie stimmt, und fordern Sie dann einen neuen Code an.',
      InvalidParameterException:
        'Ihre {attribute} kann nicht verifiziert werden. Prüfen Sie, ob sie in Ihrem Konto gespeichert ist, und versuchen Sie es dann noch einmal.',
      LimitExceededException:
        'Es wurden zu viele Codes angefordert. Warten Sie ein paar Minuten, bevor Sie einen weiteren anfordern.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Diese {attribute} wird bereits von einem anderen Konto verwendet und kann deshalb nicht für Ihr Konto verifiziert werden. Verwenden Sie eine andere {attribute}.',
      InvalidParameterException:
        'Wir konnten Ihre {attribute} mit diesem Code nicht verifizieren. Fordern Sie einen neuen Code an und geben Sie ihn hier ein.',
      LimitExceededException:
        'Es wurden zu viele falsche Codes eingegeben. Warten Sie ein paar Minuten und geben Sie den Code dann noch einmal ein.',
    },
    GetUser: {
      InvalidParameterException:
        'Wir konnten Ihre Kontodaten nicht prüfen. Melden Sie sich noch einmal an, um fortzufahren.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Wir konnten keinen Code zum Zurücksetzen senden. Warten Sie einen Moment und fordern Sie dann noch einmal einen Code an.',
      InvalidParameterException:
        'Wir konnten für dieses Konto keinen Code zum Zurücksetzen senden. Wenden Sie sich an den Support, wenn Sie Hilfe bei der Anmeldung brauchen.',
      LimitExceededException:
        'Es wurden zu viele Codes zum Zurücksetzen angefordert. Warten Sie ein paar Minuten, bevor Sie einen weiteren anfordern.',
      NotAuthorizedException:
        'Das Passwort für dieses Konto kann hier nicht zurückgesetzt werden. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
      OperationNotEnabledException:
        'Passwörter können hier gerade nicht zurückgesetzt werden. Wenden Sie sich an den Support, wenn Sie Hilfe bei der Anmeldung brauchen.',
      UserLambdaValidationException:
        'Wir konnten keinen Code zum Zurücksetzen senden, weil einige Ihrer Angaben nicht akzeptiert wurden.',
      UserNotFoundException:
        'Wir konnten für diesen Benutzernamen keinen Code senden. Prüfen Sie den Benutzernamen und versuchen Sie es noch einmal.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Mit diesen Angaben konnten wir Ihr Passwort nicht zurücksetzen. Prüfen Sie den Code und das neue Passwort und versuchen Sie es dann noch einmal.',
      LimitExceededException:
        'Es wurden zu viele falsche Codes eingegeben. Warten Sie ein paar Minuten und geben Sie den Code dann noch einmal ein.',
      NotAuthorizedException:
        'Das Passwort für dieses Konto kann hier nicht zurückgesetzt werden. Wenden Sie sich an den Support, wenn Sie Hilfe brauchen.',
      OperationNotEnabledException:
        'Passwörter können hier gerade nicht zurückgesetzt werden. Wenden Sie sich an den Support, wenn Sie Hilfe bei der Anmeldung brauchen.',
      TooManyFailedAttemptsException:
        'Es wurden zu viele falsche Codes eingegeben. Warten Sie ein paar Minuten, bevor Sie den Code noch einmal eingeben.',
      UserLambdaValidationException:
        'Wir konnten Ihr Passwort nicht ändern, weil einige Ihrer Angaben nicht akzeptiert wurden.',
      UserNotConfirmedException:
        'Ihr Konto ist noch nicht bestätigt. Bestätigen Sie es mit dem Code, den wir Ihnen bei der Registrierung gesendet haben, und setzen Sie dann Ihr Passwort zurück.',
      UserNotFoundException:
        'Wir konnten das Passwort für diesen Benutzernamen nicht zurücksetzen. Prüfen Sie den Benutzernamen und versuchen Sie es noch einmal.',
    },
  },

  local: {
    ValidationError: 'Prüfen Sie Ihre Eingaben und versuchen Sie es noch einmal.',
    NetworkError:
      'Wir konnten keine Verbindung herstellen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    TimeoutError: 'Das dauert zu lange. Prüfen Sie Ihre Internetverbindung und versuchen Sie es noch einmal.',
    AbortError: '',
    SessionExpiredError: 'Sie wurden abgemeldet. Melden Sie sich noch einmal an, um fortzufahren.',
    UnknownError:
      'Etwas ist schiefgelaufen. Versuchen Sie es noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht.',
  },

  validation: {
    code: {
      required: 'Geben Sie den Code ein, den wir Ihnen gesendet haben',
      tooLong: 'Geben Sie nur den Code aus der Nachricht ein',
      pattern: 'Geben Sie den Code genau so ein, wie er in der Nachricht steht',
      format: 'Geben Sie den Code im richtigen Format ein, zum Beispiel 123456',
      incomplete: {
        one: 'Geben Sie den Code vollständig ein ({length} Ziffer)',
        other: 'Geben Sie alle {length} Ziffern des Codes ein',
      },
    },
    username: {
      required: 'Geben Sie Ihren Benutzernamen ein',
      tooLong: 'Der Benutzername darf höchstens 128 Zeichen lang sein',
      pattern: 'Der Benutzername darf keine Leerzeichen enthalten',
      format: 'Geben Sie Ihren Benutzernamen im richtigen Format ein',
    },
    password: {
      required: 'Geben Sie ein neues Passwort ein',
      tooLong: 'Das Passwort darf höchstens 256 Zeichen lang sein',
      pattern: 'Das Passwort darf nicht mit einem Leerzeichen beginnen oder enden',
      format: 'Wählen Sie ein Passwort, das alle Anforderungen in der Liste erfüllt',
    },
    attributeName: {
      required: 'Wählen Sie aus, was Sie verifizieren möchten',
      tooLong: 'Der Attributname darf höchstens 32 Zeichen lang sein',
      pattern: 'Der Attributname darf keine Leerzeichen enthalten',
      format: 'Geben Sie den Attributnamen im richtigen Format ein',
    },
    value: {
      required: 'Geben Sie Ihre {attribute} ein',
      tooLong: 'Ihre {attribute} darf höchstens 2.048 Zeichen lang sein',
      pattern: 'Ihre {attribute} enthält Zeichen, die nicht verwendet werden können',
      format: 'Geben Sie Ihre {attribute} im richtigen Format ein',
    },
    valueByAttribute: {
      email: {
        format: 'Geben Sie eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
      },
      phone_number: {
        pattern: 'Geben Sie eine Telefonnummer mit Ländervorwahl ein, zum Beispiel +15555550123',
        format: 'Geben Sie eine Telefonnummer mit Ländervorwahl ein, zum Beispiel +15555550123',
      },
    },
    configuration: {
      required:
        'Auf dieser Seite fehlen einige Einrichtungsangaben. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht',
      tooLong:
        'Diese Seite hat zu lange Einrichtungsangaben gesendet. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht',
      pattern:
        'Diese Seite hat Einrichtungsangaben gesendet, die nicht verwendet werden können. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht',
      format:
        'Diese Seite hat Einrichtungsangaben im falschen Format gesendet. Versuchen Sie es später noch einmal oder wenden Sie sich an den Support, wenn das Problem weiterhin besteht',
    },
    accessToken: {
      required: 'Melden Sie sich an, um fortzufahren',
    },
  },

  attributes: {
    email: { noun: 'E-Mail-Adresse', label: 'E-Mail' },
    phone_number: { noun: 'Telefonnummer', label: 'Telefonnummer' },
    given_name: { noun: 'Vorname', label: 'Vorname' },
    family_name: { noun: 'Nachname', label: 'Nachname' },
    preferred_username: { noun: 'bevorzugter Benutzername', label: 'Bevorzugter Benutzername' },
  },

  ui: {
    confirmationCodeLabel: 'Bestätigungscode',
    verificationCodeLabel: 'Verifizierungscode',
    confirm: 'Bestätigen',
    verify: 'Verifizieren',
    save: 'Speichern',
    resendCode: 'Code erneut senden',
    sendCode: 'Code senden',
    resendCodeIn: 'Code erneut senden in {time}',
    codeSent: 'Wir haben einen Code an {destination} gesendet.',
    codeSentByEmail: 'Wir haben einen Code per E-Mail an {destination} gesendet.',
    codeSentBySms: 'Wir haben einen Code per SMS an {destination} gesendet.',
    codeSentNoDestination: 'Wir haben Ihnen einen Code gesendet.',
    newCodeSent: 'Wir haben einen neuen Code an {destination} gesendet.',
    resendAvailable: 'Sie können jetzt einen neuen Code anfordern.',
    confirmed: 'Ihr Konto ist bestätigt.',
    alreadyConfirmed: 'Ihr Konto ist bereits bestätigt. Sie können sich anmelden.',
    verified: 'Ihre {attribute} ist verifiziert.',
    saved: 'Ihre {attribute} wurde gespeichert.',
    pendingTitle: 'Verifizieren Sie Ihre neue {attribute}',
    pendingBody: 'Ihre bisherige {attribute} bleibt aktiv, bis Sie {value} verifiziert haben.',
    unverifiedTitle: 'Ihre {attribute} ist nicht verifiziert',
    unverifiedBody: '{value} muss verifiziert werden, bevor Sie sie verwenden können.',
    cancelChange: 'Änderung verwerfen',
    tryAgain: 'Erneut versuchen',
    signInAgain: 'Erneut anmelden',
    useThisAnyway: 'Stattdessen für dieses Konto verwenden',
    useThisAnywayHint: 'Für das andere Konto ist eine Anmeldung mit dieser {attribute} dann nicht mehr möglich.',
    waitUntil: 'Versuchen Sie es nach {time} noch einmal.',
    codeHint: { one: 'Geben Sie den {length}-stelligen Code ein', other: 'Geben Sie den {length}-stelligen Code ein' },
    codeNotSentYet: 'Wir haben noch keinen Code gesendet. Fordern Sie einen an und geben Sie ihn dann hier ein.',
    loading: 'Ihre {attribute} wird geladen…',
    codeHintAnyLength: 'Geben Sie den Code aus der Nachricht ein',
    submitting: 'Wird geprüft…',
    sending: 'Wird gesendet…',
    saving: 'Wird gespeichert…',
    errorPrefix: 'Fehler:',
    attributeFallback: 'E-Mail-Adresse oder Telefonnummer',
    usernameLabel: 'Benutzername',
    resetPasswordHint:
      'Wir senden einen Code an die E-Mail-Adresse oder Telefonnummer, die in Ihrem Konto hinterlegt ist.',
    newPasswordLabel: 'Neues Passwort',
    showPassword: 'Passwort anzeigen',
    hidePassword: 'Passwort verbergen',
    passwordRulesTitle: 'Anforderungen an Ihr Passwort',
    passwordMinLength: { one: 'Mindestens {count} Zeichen', other: 'Mindestens {count} Zeichen' },
    passwordLowercase: 'Ein Kleinbuchstabe',
    passwordUppercase: 'Ein Großbuchstabe',
    passwordNumber: 'Eine Ziffer',
    passwordSymbol: 'Ein Sonderzeichen, zum Beispiel ! oder @',
    ruleMet: 'Erfüllt:',
    ruleNotMet: 'Noch offen:',
    passwordRulesLeft: {
      one: 'Noch {count} Anforderung an das Passwort offen',
      other: 'Noch {count} Anforderungen an das Passwort offen',
    },
    passwordRulesAllMet: 'Ihr Passwort erfüllt alle Anforderungen.',
    resetPassword: 'Passwort zurücksetzen',
    resettingPassword: 'Wird zurückgesetzt…',
    passwordChanged: 'Ihr Passwort wurde geändert. Melden Sie sich mit Ihrem neuen Passwort an.',
    signIn: 'Anmelden',
    confirmAccount: 'Konto bestätigen',
    useAnotherUsername: 'Anderen Benutzernamen verwenden',
  },
};
