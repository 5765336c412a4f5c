using PermanenciaAnalytics.Reports.Risk;

namespace PermanenciaAnalytics.Reports.Tests.Risk;

public class LogisticRegressionTests
{
    [Fact]
    public void Fit_FindsTheLogOddsOfEachGroup_WhenOneBinaryFeatureIsNotSeparable()
    {
        // Arrange: x = 0 → 1 of 4 drop out; x = 1 → 2 of 4. MLE: intercept logit(1/4) = −ln 3, slope logit(1/2) − logit(1/4) = ln 3.
        double[][] x = [[0], [0], [0], [0], [1], [1], [1], [1]];
        bool[] y = [true, false, false, false, true, true, false, false];

        // Act
        var model = LogisticRegression.Fit(x, y);

        // Assert
        Assert.True(model.Converged);
        Assert.Equal(-Math.Log(3), model.Coefficients[0], 8);
        Assert.Equal(Math.Log(3), model.Coefficients[1], 8);
        Assert.Equal(0.25, model.Predict([0]), 8);
        Assert.Equal(0.5, model.Predict([1]), 8);
    }

    [Fact]
    public void Fit_KeepsCoefficientsFinite_WhenTheDataAreSeparableAndARidgeIsGiven()
    {
        // Arrange: y = x. With λ = 1 the score equations are 2(1 − σ(b0 + b1)) = b1 and b0 = −b1/2, so b1 = 2t with
        // σ(−t) = t: t = 0.4010581 (Newton on f(t) = σ(−t) − t from 0.4, two steps).
        double[][] x = [[0], [0], [1], [1]];
        bool[] y = [false, false, true, true];

        // Act
        var ridge = LogisticRegression.Fit(x, y, ridge: 1.0);
        var plain = LogisticRegression.Fit(x, y);

        // Assert
        Assert.True(ridge.Converged);
        Assert.Equal(0.8021163, ridge.Coefficients[1], 6);
        Assert.Equal(-0.4010581, ridge.Coefficients[0], 6);
        Assert.True(!plain.Converged || Math.Abs(plain.Coefficients[1]) > 10, $"plain MLE slope {plain.Coefficients[1]}");
    }

    [Fact]
    public void Fit_GivesZeroToAFeatureThatNeverVaries_WhenARidgeIsGiven()
    {
        // Arrange: the second column is always 0 (a factor the training year cannot show).
        double[][] x = [[0, 0], [0, 0], [0, 0], [0, 0], [1, 0], [1, 0], [1, 0], [1, 0]];
        bool[] y = [true, false, false, false, true, true, false, false];

        // Act
        var model = LogisticRegression.Fit(x, y, ridge: 1e-9);

        // Assert
        Assert.Equal(0, model.Coefficients[2], 12);
        Assert.Equal(Math.Log(3), model.Coefficients[1], 5);
    }
}
