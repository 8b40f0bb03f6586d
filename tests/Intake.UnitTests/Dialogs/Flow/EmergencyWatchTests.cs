using Intake.Dialogs.Flow;
using Intake.UnitTests.Dialogs.Understanding;

namespace Intake.UnitTests.Dialogs.Flow;

public sealed class EmergencyWatchTests
{
    private static EmergencyHearing? Hear(string text, string language) => EmergencyWatch.Hear(UnderstandingData.Reader.Read(text, language));

    [Theory]
    [InlineData("tbh my chest has been hurting since this morning and it goes down my left arm and into my jaw", "en")]
    [InlineData("i cant breath right", "en")]
    [InlineData("my words are coming out funny and my face looks droopy", "en")]
    [InlineData("last night i peed myself without feeling it", "en")]
    [InlineData("both my legs went weak all of a sudden", "en")]
    [InlineData("no chest pain, but my left arm is numb and my face feels droopy", "en")]
    [InlineData("my jaw is locked after i stepped on a nail", "en")]
    [InlineData("my speech is slurred and it started all of a sudden", "en")]
    [InlineData("me cuesta mucho respirar", "es")]
    [InlineData("se me ha dormido media cara y no me salen las palabras", "es")]
    [InlineData("mi hija dice que tengo la boca chueca y hablo raro", "es")]
    public void Hear_AffirmedSignInEverydayWords_IsAnEmergency(string text, string language)
        => Assert.Equal(EmergencyHeard.Emergency, Hear(text, language)?.Heard);

    [Theory]
    [InlineData("ive been thinking about ending it all", "en")]
    [InlineData("everyone would be better off without me", "en")]
    [InlineData("what if i want to kill myself", "en")]
    [InlineData("a veces pienso en quitarme la vida", "es")]
    [InlineData("ya no quiero vivir", "es")]
    public void Hear_ThoughtsOfSelfHarm_IsACrisis(string text, string language)
    {
        var heard = Hear(text, language);

        Assert.Equal(EmergencyHeard.Crisis, heard?.Heard);
        Assert.Equal(["self-harm"], heard!.Signs);
    }

    [Theory]
    [InlineData("no chest pain, no fever", "en")]
    [InlineData("I don't have a fever or a stiff neck", "en")]
    [InlineData("my dad had a stroke last year", "en")]
    [InlineData("had a fever last week but it's gone", "en")]
    [InlineData("no tengo dolor de pecho ni fiebre", "es")]
    public void Hear_OnlyDeniedOrPastSigns_IsDenied(string text, string language)
        => Assert.Equal(EmergencyHeard.Denied, Hear(text, language)?.Heard);

    [Fact]
    public void Hear_FeverAndStiffNeckInTwoSentences_IsTheCombinedSign()
    {
        var heard = Hear("I have a fever. My neck is stiff too.", "en");

        Assert.Equal(EmergencyHeard.Emergency, heard?.Heard);
        Assert.Contains("fever-stiff-neck", heard!.Signs);
    }

    [Fact]
    public void Hear_DoubtfulChest_IsACheckOfThatSign()
    {
        var heard = Hear("kinda tight chest maybe", "en");

        Assert.Equal(EmergencyHeard.Check, heard?.Heard);
        Assert.Equal("chest-pain", heard!.Signs[0]);
    }

    [Theory]
    [InlineData("my chest doesn't hurt, just feels tight", "en")]
    [InlineData("no chest pain it just feels tight", "en")]
    [InlineData("no me duele el pecho, solo lo siento apretado", "es")]
    public void Hear_ADenialThatTurnsIntoTightness_IsACheckOfTheChest(string text, string language)
    {
        var heard = Hear(text, language);

        Assert.Equal(EmergencyHeard.Check, heard?.Heard);
        Assert.Equal("chest-pain", heard!.Signs[0]);
    }

    [Theory]
    [InlineData("i cant feel when i need to pee", "en")]
    [InlineData("one leg is way bigger than the other and it hurts", "en")]
    [InlineData("my left arm and leg feel dead", "en")]
    [InlineData("no siento cuando tengo ganas de orinar", "es")]
    [InlineData("se me aflojaron las piernas y no me puedo parar", "es")]
    [InlineData("my chest!!! hurts!!!", "en")]
    [InlineData("PECHO!!! DUELE", "es")]
    [InlineData("tengo que orinar pero no puedo", "es")]
    [InlineData("my head hurts so bad i cant see", "en")]
    public void Hear_SignsInWordsFirstMissed_AreAnEmergency(string text, string language)
        => Assert.Equal(EmergencyHeard.Emergency, Hear(text, language)?.Heard);

    [Theory]
    [InlineData("i fell off a ladder and now my back is spasming really bad", "en")]
    [InlineData("got rear ended yesterday and now my neck spasms", "en")]
    [InlineData("me caí de una escalera y ahora tengo espasmos fuertes en la espalda", "es")]
    [InlineData("tuve un choque de carro ayer y ahora me dan espasmos en el cuello", "es")]
    [InlineData("got into a car accident this morning and my neck hurts so bad", "en")]
    [InlineData("fell off the roof and i cant move, my back is spasming", "en")]
    [InlineData("me caí de la escalera y no puedo levantarme", "es")]
    public void Hear_SpasmsAfterASeriousInjury_AsksAboutSeverePainOrALimbThatLooksWrong(string text, string language)
    {
        var heard = Hear(text, language);

        Assert.Equal(EmergencyHeard.Check, heard?.Heard);
        Assert.Equal([EmergencySigns.InjurySpasm], heard!.Signs);
    }

    [Theory]
    [InlineData("i was in a car accident years ago and my neck spasms since", "en")]
    [InlineData("i tripped on the rug and my calf cramps", "en")]
    public void Hear_SpasmsAfterAnOldOrMinorMishap_AreNoEmergency(string text, string language)
        => Assert.True(Hear(text, language)?.Heard is not (EmergencyHeard.Check or EmergencyHeard.Emergency));

    [Theory]
    [InlineData("i got bit by a dog and now my jaw feels tight", "en")]
    [InlineData("i cut my hand on a rusty nail and now my jaw feels stiff", "en")]
    [InlineData("despues de la cortada se me puso tiesa la mandibula", "es")]
    [InlineData("me corte con un alambre oxidado la semana pasada y ahora no puedo abrir la boca", "es")]
    [InlineData("stepped on a rusty nail a week ago and now i cant open my mouth", "en")]
    public void Hear_ATightJawAfterAWound_IsTetanus(string text, string language)
    {
        var heard = Hear(text, language);

        Assert.Equal(EmergencyHeard.Emergency, heard?.Heard);
        Assert.Contains("tetanus-signs", heard!.Signs);
    }

    [Theory]
    [InlineData("my jaw is tight from stress", "en")]
    [InlineData("tengo la quijada tensa por el estrés", "es")]
    [InlineData("cant stop twitching in my eyelid", "en")]
    public void Hear_ATenseJawOrATwitchingEyelid_IsNoEmergency(string text, string language)
        => Assert.True(Hear(text, language)?.Heard is not (EmergencyHeard.Check or EmergencyHeard.Emergency));

    [Fact]
    public void Hear_SelfCuttingInSpanish_IsACrisis_ButACookingCutIsNothing()
    {
        Assert.Equal(EmergencyHeard.Crisis, Hear("me he estado cortando", "es")?.Heard);
        Assert.Null(Hear("me corté el dedo cocinando", "es"));
    }

    [Theory]
    [InlineData("trouble speaking and my leg drags", "en", "speech-trouble")]
    [InlineData("hablo raro", "es", "speech-trouble")]
    [InlineData("i lost vision in one eye for a few minutes", "en", "vision-loss")]
    [InlineData("tengo mareo y veo doble", "es", "vision-loss")]
    public void Hear_TroubleSpeakingOrSeeingWithNoOnset_AsksAboutTheOnset(string text, string language, string sign)
    {
        var heard = Hear(text, language);

        Assert.Equal(EmergencyHeard.Check, heard?.Heard);
        Assert.Equal(sign, heard!.Signs[0]);
    }

    [Theory]
    [InlineData("all of a sudden i see double", "en")]
    [InlineData("de repente perdí la vista de un ojo", "es")]
    public void Hear_TroubleSeeingThatStartedSuddenly_Is911(string text, string language)
        => Assert.Equal(EmergencyHeard.Emergency, Hear(text, language)?.Heard);

    [Theory]
    [InlineData("mi hija tiene fiebre y no quiere apoyar la pierna", "es")]
    [InlineData("my son has a fever and wont put any weight on his leg", "en")]
    public void Hear_AChildsFeverAndALegThatBearsNoWeight_TypedByAParent_Is911ForThem(string text, string language)
    {
        var heard = Hear(text, language);

        Assert.NotNull(heard);
        Assert.Contains(heard.Heard, new[] { EmergencyHeard.Information, EmergencyHeard.Emergency, EmergencyHeard.Check });
        Assert.Contains("fever-cannot-bear-weight", heard.Signs);
    }

    [Fact]
    public void Hear_SomeoneElseCannotBreatheNow_IsInformation()
        => Assert.Equal(EmergencyHeard.Information, Hear("my dad can't breathe right now", "en")?.Heard);

    [Fact]
    public void Hear_OrdinaryAnswer_IsNothing()
        => Assert.Null(Hear("my lower back, about 20 minutes", "en"));

    [Theory]
    [InlineData("chest-pain", "breathing-chest")]
    [InlineData("both-legs-weak", "stroke-signs")]
    [InlineData("saddle-numbness", "bladder-bowel")]
    [InlineData("swollen-calf", "calf-clot")]
    [InlineData("dark-urine", "other-sign")]
    [InlineData("self-harm", "self-harm")]
    public void CodeOf_Sign_IsTheEmergencyAnswerCode(string sign, string code)
        => Assert.Equal(code, EmergencySigns.CodeOf(sign));
}
