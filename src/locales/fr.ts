import type { Messages } from '../messages/types.ts';

/** French (fr). */
export const messages: Messages = {
  locale: 'fr',

  exceptions: {
    AliasExistsException:
      'Un autre compte est déjà associé à votre {attribute}. Modifiez votre {attribute} ou connectez-vous à l’autre compte.',
    CodeDeliveryFailureException:
      'Nous n’avons pas pu envoyer le code. Vérifiez votre {attribute}, puis demandez un nouveau code.',
    CodeMismatchException: 'Ce code ne correspond pas à celui que nous avons envoyé. Vérifiez-le et saisissez-le de nouveau.',
    ExpiredCodeException: 'Ce code a expiré. Demandez un nouveau code, puis saisissez-le ici.',
    ForbiddenException:
      'Nous ne pouvons pas accepter cette demande depuis votre réseau pour le moment. Réessayez plus tard ou contactez l’assistance si le problème persiste.',
    InternalErrorException: 'Le service de connexion rencontre un problème. Réessayez dans quelques minutes.',
    InvalidEmailRoleAccessPolicyException:
      'Nous ne pouvons pas envoyer d’e-mails pour le moment en raison d’un problème de notre côté. Réessayez plus tard ou contactez l’assistance.',
    InvalidLambdaResponseException:
      'Nous n’avons pas pu terminer en raison d’un problème de notre côté. Réessayez plus tard ou contactez l’assistance.',
    InvalidParameterException: 'Certaines des informations envoyées n’ont pas été acceptées. Vérifiez-les et réessayez.',
    InvalidPasswordException: 'Ce mot de passe ne respecte pas les règles. Choisissez-en un autre.',
    InvalidSmsRoleAccessPolicyException:
      'Nous ne pouvons pas envoyer de SMS pour le moment en raison d’un problème de notre côté. Réessayez plus tard ou contactez l’assistance.',
    InvalidSmsRoleTrustRelationshipException:
      'Les SMS ne peuvent pas être envoyés pour le moment en raison d’un problème de configuration de notre côté. Réessayez plus tard ou contactez l’assistance.',
    LimitExceededException: 'Il y a eu trop de tentatives. Patientez quelques minutes, puis réessayez.',
    NotAuthorizedException: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
    OperationNotEnabledException:
      'Cette fonction n’est pas disponible pour votre compte pour le moment. Contactez l’assistance si vous avez besoin d’aide.',
    PasswordHistoryPolicyViolationException:
      'Vous avez déjà utilisé ce mot de passe. Choisissez un mot de passe que vous n’avez pas utilisé récemment.',
    PasswordResetRequiredException:
      'Vous devez réinitialiser votre mot de passe avant de continuer. Réinitialisez-le, puis reconnectez-vous.',
    ResourceNotFoundException:
      'Ce service n’est pas configuré correctement, nous ne pouvons donc pas continuer. Réessayez plus tard ou contactez l’assistance.',
    TooManyFailedAttemptsException:
      'Il y a eu trop de tentatives incorrectes. Patientez quelques minutes avant de réessayer.',
    TooManyRequestsException: 'Il y a eu trop de demandes en peu de temps. Patientez une minute, puis réessayez.',
    UnexpectedLambdaException:
      'Un problème est survenu lors de la vérification de vos informations. Réessayez plus tard ou contactez l’assistance.',
    UserLambdaValidationException: 'Vos informations n’ont pas été acceptées. Vérifiez-les et réessayez.',
    UserNotConfirmedException:
      'Votre compte n’est pas encore confirmé. Confirmez-le avec le code reçu lors de votre inscription, puis reconnectez-vous.',
    UserNotFoundException:
      'Nous ne trouvons pas votre compte. Il a peut-être été fermé. Reconnectez-vous pour continuer.',
  },

  byOperation: {
    ConfirmSignUp: {
      AliasExistsException:
        'Un autre compte est déjà associé à votre {attribute}. Connectez-vous à ce compte ou réinscrivez-vous en modifiant votre {attribute}.',
      InvalidParameterException:
        'Nous n’avons pas pu confirmer de compte avec ces informations. Vérifiez le nom d’utilisateur, puis saisissez de nouveau le code.',
      LimitExceededException:
        'Trop de codes incorrects ont été saisis. Patientez quelques minutes, puis saisissez de nouveau le code.',
      NotAuthorizedException:
        'Ce compte ne peut pas être confirmé. Il a peut-être été désactivé. Contactez l’assistance si vous avez besoin d’aide.',
      TooManyFailedAttemptsException:
        'Trop de codes incorrects ont été saisis. Patientez quelques minutes avant de saisir de nouveau le code.',
      UserLambdaValidationException:
        'Nous n’avons pas pu confirmer votre compte, car certaines de vos informations n’ont pas été acceptées.',
      UserNotFoundException:
        'Aucun compte ne correspond à ce nom d’utilisateur. Vérifiez le nom d’utilisateur et réessayez.',
    },
    ResendConfirmationCode: {
      CodeDeliveryFailureException:
        'Nous n’avons pas pu envoyer de nouveau code. Patientez un instant, puis demandez de nouveau un code.',
      InvalidParameterException:
        'Nous n’avons pas pu envoyer de nouveau code pour ce compte. Si le compte est déjà confirmé, connectez-vous.',
      LimitExceededException: 'Trop de codes ont été demandés. Patientez quelques minutes avant d’en demander un autre.',
      NotAuthorizedException:
        'Nous ne pouvons pas envoyer de code pour ce compte. Contactez l’assistance si vous avez besoin d’aide.',
      UserLambdaValidationException:
        'Nous n’avons pas pu envoyer de nouveau code, car certaines de vos informations n’ont pas été acceptées.',
      UserNotFoundException:
        'Aucun compte ne correspond à ce nom d’utilisateur. Vérifiez le nom d’utilisateur, puis demandez de nouveau un code.',
    },
    UpdateUserAttributes: {
      AliasExistsException:
        'Cette valeur est déjà utilisée comme {attribute} par un autre compte. Saisissez une autre valeur pour votre {attribute}.',
      CodeDeliveryFailureException:
        'Nous n’avons pas pu envoyer de code à votre {attribute}. Vérifiez ce que vous avez saisi, puis enregistrez de nouveau.',
      CodeMismatchException:
        'Nous n’avons pas modifié votre {attribute}, car la vérification d’un code a échoué. Enregistrez de nouveau la modification pour recevoir un nouveau code.',
      ExpiredCodeException:
        'Le code de cette modification a expiré. Enregistrez de nouveau la modification pour recevoir un nouveau code.',
      InvalidParameterException:
        'Cette valeur ne peut pas être utilisée comme {attribute}. Vérifiez-la et réessayez.',
      PasswordResetRequiredException:
        'Vous devez réinitialiser votre mot de passe avant de pouvoir modifier votre {attribute}. Réinitialisez-le, puis reconnectez-vous.',
      UserLambdaValidationException:
        'Cette valeur n’a pas été acceptée comme {attribute}. Vérifiez-la ou saisissez-en une autre.',
      UserNotConfirmedException:
        'Vous ne pourrez modifier votre {attribute} qu’une fois votre compte confirmé. Confirmez votre compte, puis réessayez.',
    },
    GetUserAttributeVerificationCode: {
      CodeDeliveryFailureException:
        'Nous n’avons pas pu envoyer de code à votre {attribute}. Vérifiez qu’il n’y a pas d’erreur, puis demandez un nouveau code.',
      InvalidParameterException:
        'Nous ne pouvons pas vérifier votre {attribute}. Vérifiez que cette information est bien enregistrée dans votre compte, puis réessayez.',
      LimitExceededException: 'Trop de codes ont été demandés. Patientez quelques minutes avant d’en demander un autre.',
    },
    VerifyUserAttribute: {
      AliasExistsException:
        'Un autre compte est déjà associé à votre {attribute}, la vérification est donc impossible pour votre compte. Utilisez une autre valeur pour votre {attribute}.',
      InvalidParameterException:
        'Nous n’avons pas pu vérifier votre {attribute} avec ce code. Demandez un nouveau code, puis saisissez-le ici.',
      LimitExceededException:
        'Trop de codes incorrects ont été saisis. Patientez quelques minutes, puis saisissez de nouveau le code.',
    },
    GetUser: {
      InvalidParameterException:
        'Nous n’avons pas pu vérifier les informations de votre compte. Reconnectez-vous pour continuer.',
    },
    ForgotPassword: {
      CodeDeliveryFailureException:
        'Nous n’avons pas pu envoyer de code de réinitialisation. Patientez un instant, puis demandez de nouveau un code.',
      InvalidParameterException:
        'Nous n’avons pas pu envoyer de code de réinitialisation pour ce compte. Contactez l’assistance si vous avez besoin d’aide pour vous connecter.',
      LimitExceededException:
        'Trop de codes de réinitialisation ont été demandés. Patientez quelques minutes avant d’en demander un autre.',
      NotAuthorizedException:
        'Le mot de passe de ce compte ne peut pas être réinitialisé ici. Contactez l’assistance si vous avez besoin d’aide.',
      OperationNotEnabledException:
        'Il n’est pas possible de réinitialiser les mots de passe ici pour le moment. Contactez l’assistance si vous avez besoin d’aide pour vous connecter.',
      UserLambdaValidationException:
        'Nous n’avons pas pu envoyer de code de réinitialisation, car certaines de vos informations n’ont pas été acceptées.',
      UserNotFoundException:
        'Nous n’avons pas pu envoyer de code pour ce nom d’utilisateur. Vérifiez le nom d’utilisateur et réessayez.',
    },
    ConfirmForgotPassword: {
      InvalidParameterException:
        'Nous n’avons pas pu réinitialiser votre mot de passe avec ces informations. Vérifiez le code et le nouveau mot de passe, puis réessayez.',
      LimitExceededException:
        'Trop de codes incorrects ont été saisis. Patientez quelques minutes, puis saisissez de nouveau le code.',
      NotAuthorizedException:
        'Le mot de passe de ce compte ne peut pas être réinitialisé ici. Contactez l’assistance si vous avez besoin d’aide.',
      OperationNotEnabledException:
        'Il n’est pas possible de réinitialiser les mots de passe ici pour le moment. Contactez l’assistance si vous avez besoin d’aide pour vous connecter.',
      TooManyFailedAttemptsException:
        'Trop de codes incorrects ont été saisis. Patientez quelques minutes avant de saisir de nouveau le code.',
      UserLambdaValidationException:
        'Nous n’avons pas pu modifier votre mot de passe, car certaines de vos informations n’ont pas été acceptées.',
      UserNotConfirmedException:
        'Votre compte n’est pas encore confirmé. Confirmez-le avec le code reçu lors de votre inscription, puis réinitialisez votre mot de passe.',
      UserNotFoundException:
        'Nous n’avons pas pu réinitialiser le mot de passe de ce nom d’utilisateur. Vérifiez le nom d’utilisateur et réessayez.',
    },
  },

  local: {
    ValidationError: 'Vérifiez les informations saisies et réessayez.',
    NetworkError: 'Nous n’avons pas pu nous connecter. Vérifiez votre connexion Internet et réessayez.',
    TimeoutError: 'Cela prend trop de temps. Vérifiez votre connexion Internet et réessayez.',
    AbortError: '',
    SessionExpiredError: 'Votre session a été fermée. Reconnectez-vous pour continuer.',
    UnknownError: 'Un problème est survenu. Réessayez ou contactez l’assistance si le problème persiste.',
  },

  validation: {
    code: {
      required: 'Saisissez le code que nous vous avons envoyé',
      tooLong: 'Saisissez uniquement le code indiqué dans le message',
      pattern: 'Saisissez le code exactement comme il apparaît dans le message',
      format: 'Saisissez le code au bon format, par exemple 123456',
      incomplete: {
        one: 'Saisissez le code complet ({length} chiffre)',
        many: 'Saisissez les {length} chiffres du code',
        other: 'Saisissez les {length} chiffres du code',
      },
    },
    username: {
      required: 'Saisissez votre nom d’utilisateur',
      tooLong: 'Le nom d’utilisateur ne doit pas dépasser 128 caractères',
      pattern: 'Le nom d’utilisateur ne doit pas contenir d’espaces',
      format: 'Saisissez votre nom d’utilisateur au bon format',
    },
    password: {
      required: 'Saisissez un nouveau mot de passe',
      tooLong: 'Le mot de passe ne doit pas dépasser 256 caractères',
      pattern: 'Le mot de passe ne doit ni commencer ni finir par un espace',
      format: 'Choisissez un mot de passe qui respecte toutes les règles de la liste',
    },
    attributeName: {
      required: 'Choisissez ce que vous voulez vérifier',
      tooLong: 'Le nom de l’attribut ne doit pas dépasser 32 caractères',
      pattern: 'Le nom de l’attribut ne doit pas contenir d’espaces',
      format: 'Saisissez le nom de l’attribut au bon format',
    },
    value: {
      required: 'Saisissez votre {attribute}',
      tooLong: 'Votre {attribute} ne doit pas dépasser 2 048 caractères',
      pattern: 'Votre {attribute} contient des caractères non autorisés',
      format: 'Saisissez votre {attribute} au bon format',
    },
    valueByAttribute: {
      email: {
        format: 'Saisissez une adresse e-mail au bon format, par exemple nom@example.com',
      },
      phone_number: {
        pattern: 'Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +15555550123',
        format: 'Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +15555550123',
      },
    },
    configuration: {
      required:
        'Il manque des informations de configuration sur cette page. Réessayez plus tard ou contactez l’assistance si le problème persiste',
      tooLong:
        'Cette page a envoyé des informations de configuration trop longues. Réessayez plus tard ou contactez l’assistance si le problème persiste',
      pattern:
        'Cette page a envoyé des informations de configuration inutilisables. Réessayez plus tard ou contactez l’assistance si le problème persiste',
      format:
        'Cette page a envoyé des informations de configuration dans un format incorrect. Réessayez plus tard ou contactez l’assistance si le problème persiste',
    },
    accessToken: {
      required: 'Connectez-vous pour continuer',
    },
  },

  attributes: {
    email: { noun: 'adresse e-mail', label: 'E-mail' },
    phone_number: { noun: 'numéro de téléphone', label: 'Numéro de téléphone' },
    given_name: { noun: 'prénom', label: 'Prénom' },
    family_name: { noun: 'nom', label: 'Nom' },
    preferred_username: { noun: 'nom d’utilisateur préféré', label: 'Nom d’utilisateur préféré' },
  },

  ui: {
    confirmationCodeLabel: 'Code de confirmation',
    verificationCodeLabel: 'Code de vérification',
    confirm: 'Confirmer',
    verify: 'Vérifier',
    save: 'Enregistrer',
    resendCode: 'Renvoyer le code',
    sendCode: 'Envoyer le code',
    resendCodeIn: 'Renvoyer le code dans {time}',
    codeSent: 'Nous avons envoyé un code à {destination}.',
    codeSentByEmail: 'Nous avons envoyé un code par e-mail à {destination}.',
    codeSentBySms: 'Nous avons envoyé un code par SMS au {destination}.',
    codeSentNoDestination: 'Nous vous avons envoyé un code.',
    newCodeSent: 'Nous avons envoyé un nouveau code à {destination}.',
    resendAvailable: 'Vous pouvez maintenant demander un nouveau code.',
    confirmed: 'Votre compte est confirmé.',
    alreadyConfirmed: 'Votre compte est déjà confirmé. Vous pouvez vous connecter.',
    verified: 'Nous avons vérifié votre {attribute}.',
    saved: 'Nous avons enregistré votre {attribute}.',
    pendingTitle: 'Vérifiez la modification de votre {attribute}',
    pendingBody: 'Votre {attribute} ne changera pas tant que vous n’aurez pas vérifié {value}.',
    unverifiedTitle: 'Votre {attribute} reste à vérifier',
    unverifiedBody: 'Vous devez vérifier {value} avant de pouvoir l’utiliser.',
    cancelChange: 'Annuler la modification',
    tryAgain: 'Réessayer',
    signInAgain: 'Se reconnecter',
    useThisAnyway: 'L’utiliser plutôt pour ce compte',
    useThisAnywayHint: 'L’autre compte ne pourra plus se connecter avec votre {attribute}.',
    waitUntil: 'Réessayez après {time}.',
    codeHint: {
      one: 'Saisissez le code à {length} chiffre',
      many: 'Saisissez le code à {length} chiffres',
      other: 'Saisissez le code à {length} chiffres',
    },
    codeNotSentYet: 'Nous ne vous avons pas encore envoyé de code. Demandez-en un, puis saisissez-le ici.',
    loading: 'Chargement de votre {attribute}…',
    codeHintAnyLength: 'Saisissez le code indiqué dans le message',
    submitting: 'Vérification…',
    sending: 'Envoi…',
    saving: 'Enregistrement…',
    errorPrefix: 'Erreur :',
    attributeFallback: 'adresse e-mail ou numéro de téléphone',
    usernameLabel: 'Nom d’utilisateur',
    resetPasswordHint: 'Nous enverrons un code à l’adresse e-mail ou au numéro de téléphone de votre compte.',
    newPasswordLabel: 'Nouveau mot de passe',
    showPassword: 'Afficher le mot de passe',
    hidePassword: 'Masquer le mot de passe',
    passwordRulesTitle: 'Votre mot de passe doit contenir',
    passwordMinLength: {
      one: 'Au moins {count} caractère',
      many: 'Au moins {count} caractères',
      other: 'Au moins {count} caractères',
    },
    passwordLowercase: 'Une lettre minuscule',
    passwordUppercase: 'Une lettre majuscule',
    passwordNumber: 'Un chiffre',
    passwordSymbol: 'Un symbole, comme ! ou @',
    ruleMet: 'Règle respectée :',
    ruleNotMet: 'Règle à respecter :',
    passwordRulesLeft: {
      one: 'Il reste {count} règle à respecter pour le mot de passe',
      many: 'Il reste {count} règles à respecter pour le mot de passe',
      other: 'Il reste {count} règles à respecter pour le mot de passe',
    },
    passwordRulesAllMet: 'Votre mot de passe respecte toutes les règles.',
    resetPassword: 'Réinitialiser le mot de passe',
    resettingPassword: 'Réinitialisation…',
    passwordChanged: 'Votre mot de passe a été modifié. Connectez-vous avec votre nouveau mot de passe.',
    signIn: 'Se connecter',
    confirmAccount: 'Confirmer votre compte',
    useAnotherUsername: 'Utiliser un autre nom d’utilisateur',
  },
};
